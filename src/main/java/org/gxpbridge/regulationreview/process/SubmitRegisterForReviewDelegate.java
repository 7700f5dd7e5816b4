package org.gxpbridge.regulationreview.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.regulation.ApplicabilityRegister;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * Task_SubmitRegisterForReview: DRAFT to IN_REVIEW, in the proposer's transaction so an
 * empty register is refused to the proposer and the proposal step stays open.
 */
@Component("submitRegisterForReviewDelegate")
class SubmitRegisterForReviewDelegate implements JavaDelegate {

	private final ApplicabilityRegister register;

	SubmitRegisterForReviewDelegate(ApplicabilityRegister register) {
		this.register = register;
	}

	@Override
	public void execute(DelegateExecution execution) {
		int version = RegisterSteps.versionOf(register, execution).version();
		register.submitForReview(version, Actor.current(execution));
	}

}
