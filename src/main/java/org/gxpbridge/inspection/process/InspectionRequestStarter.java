package org.gxpbridge.inspection.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.gxpbridge.inspection.InspectionRequestModel;
import org.springframework.stereotype.Component;

/**
 * Starts InspectionRequestProcess for a filed request, as the server: an inspector holds
 * no engine right to create instances (read-only, CHK-17), and the request row and its
 * audit entry already say who filed it. The request id is the business key.
 */
@Component
public class InspectionRequestStarter {

	private final RuntimeService runtime;

	InspectionRequestStarter(RuntimeService runtime) {
		this.runtime = runtime;
	}

	/** Returns the new instance's id. */
	public String start(String requestId) {
		return runtime
			.startProcessInstanceByKey(InspectionRequestModel.PROCESS_KEY, requestId,
					Map.of(InspectionRequestModel.VAR_REQUEST_ID, requestId))
			.getId();
	}

}
