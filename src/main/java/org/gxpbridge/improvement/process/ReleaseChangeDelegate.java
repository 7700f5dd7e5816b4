package org.gxpbridge.improvement.process;

import static org.gxpbridge.improvement.ChangeControlModel.VAR_CHANGE_ID;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.improvement.ChangeImplementations;
import org.gxpbridge.signature.Signatures;
import org.springframework.stereotype.Component;

/**
 * Task_ReleaseChange: released for implementation only while a valid APPROVED signature
 * covers the change record as it stands (P11-70); otherwise the job fails with the reason
 * and ends as an incident. Starts the revisions of the linked documents.
 */
@Component("releaseChangeDelegate")
class ReleaseChangeDelegate implements JavaDelegate {

	private final ChangeImplementations implementations;

	private final Signatures signatures;

	ReleaseChangeDelegate(ChangeImplementations implementations, Signatures signatures) {
		this.implementations = implementations;
		this.signatures = signatures;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String id = (String) execution.getVariable(VAR_CHANGE_ID);
		signatures.missingForRelease(execution.getProcessInstanceId(), List.of("APPROVED")).ifPresent(reason -> {
			throw new IllegalStateException("Change " + id + " is not approved: " + reason);
		});
		implementations.release(id);
	}

}
