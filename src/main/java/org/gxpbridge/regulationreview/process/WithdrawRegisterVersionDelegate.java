package org.gxpbridge.regulationreview.process;

import static org.gxpbridge.regulationreview.RegulationReviewModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.regulation.ApplicabilityRegister;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/** Task_WithdrawRegisterVersion: the proposer ended this version without approval. */
@Component("withdrawRegisterVersionDelegate")
class WithdrawRegisterVersionDelegate implements JavaDelegate {

	private final ApplicabilityRegister register;

	WithdrawRegisterVersionDelegate(ApplicabilityRegister register) {
		this.register = register;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String comment = RegisterSteps.comment(execution, VAR_PROPOSAL_COMMENT);
		register.withdraw(RegisterSteps.versionOf(register, execution).version(), Actor.current(execution),
				comment == null ? "withdrawn by the proposer" : comment);
	}

}
