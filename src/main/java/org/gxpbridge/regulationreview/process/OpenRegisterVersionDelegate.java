package org.gxpbridge.regulationreview.process;

import static org.gxpbridge.regulationreview.RegulationReviewModel.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.regulation.ApplicabilityRegister;
import org.gxpbridge.regulation.ApplicableFramework;
import org.gxpbridge.regulation.RegisterVersion;
import org.gxpbridge.regulationreview.IntakeProposals;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * Task_OpenRegisterVersion: opens the next register version bound to this instance (the
 * binding the signatures use lives in the register's table), with the intake document's
 * proposals. Runs in the starting transaction: a refusal starts nothing.
 */
@Component("openRegisterVersionDelegate")
class OpenRegisterVersionDelegate implements JavaDelegate {

	private final ApplicabilityRegister register;

	private final IntakeProposals proposals;

	OpenRegisterVersionDelegate(ApplicabilityRegister register, IntakeProposals proposals) {
		this.register = register;
		this.proposals = proposals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String documentId = text(execution.getVariable(VAR_INTAKE_DOCUMENT_ID));
		List<ApplicableFramework> proposed = documentId == null ? List.of() : proposals.entriesFor(documentId);
		// the initiator variable was set by the engine from the authenticated starter in
		// this very transaction; none when the compliance programme calls step 1 from a
		// job
		String proposer = (String) execution.getVariable(VAR_PROPOSER);
		RegisterVersion version = register.open(proposer == null ? Actor.SERVER : proposer,
				execution.getProcessInstanceId(), documentId, proposed, text(execution.getVariable(VAR_CHANGE_REASON)));
		execution.setVariable(VAR_REGISTER_ID, version.registerId());
		execution.setVariable(VAR_REGISTER_VERSION, version.version());
	}

	private static String text(Object value) {
		return value == null || value.toString().isBlank() ? null : value.toString().strip();
	}

}
