package org.gxpbridge.improvement.process;

import static org.gxpbridge.improvement.ChangeControlModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.improvement.ChangeImplementations;
import org.springframework.stereotype.Component;

/**
 * Task_VerifyChangeArtifact: the installed artifact against the approved one (hash or
 * release certificate); the gateways branch on the recorded answer and on whether the
 * revised documents are effective yet.
 */
@Component("verifyChangeArtifactDelegate")
class VerifyChangeArtifactDelegate implements JavaDelegate {

	private final ChangeImplementations implementations;

	VerifyChangeArtifactDelegate(ChangeImplementations implementations) {
		this.implementations = implementations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String id = (String) execution.getVariable(VAR_CHANGE_ID);
		execution.setVariable(VAR_ARTIFACT_VERIFIED, implementations.verifyArtifact(id));
		execution.setVariable(VAR_DOCUMENTS_PENDING, implementations.documentsPending(id));
	}

}
