package org.gxpbridge.monitoring.process;

import static org.gxpbridge.monitoring.CapaModel.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.monitoring.Capas;
import org.gxpbridge.signature.SignatureView;
import org.gxpbridge.signature.Signatures;
import org.springframework.stereotype.Component;

/**
 * Task_CloseCapa: closes the CAPA only while a valid APPROVED signature covers its record
 * as it stands (P11-70); otherwise the job fails with the reason and ends as an incident.
 */
@Component("closeCapaDelegate")
class CloseCapaDelegate implements JavaDelegate {

	static final List<String> REQUIRED_MEANINGS = List.of("APPROVED");

	private final Capas capas;

	private final Signatures signatures;

	CloseCapaDelegate(Capas capas, Signatures signatures) {
		this.capas = capas;
		this.signatures = signatures;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String capaId = (String) execution.getVariable(VAR_CAPA_ID);
		signatures.missingForRelease(execution.getProcessInstanceId(), REQUIRED_MEANINGS).ifPresent(reason -> {
			throw new IllegalStateException("CAPA " + capaId + " is not closed: " + reason
					+ ". The closure must be signed again (or the change reverted).");
		});
		// the register names the approver from the signature, the fact of who approved
		String approver = signatures.forProcessInstance(execution.getProcessInstanceId())
			.stream()
			.filter(s -> "APPROVED".equals(s.meaning()))
			.reduce((first, second) -> second)
			.map(SignatureView::signerId)
			.orElse(null);
		capas.close(capaId, approver);
	}

}
