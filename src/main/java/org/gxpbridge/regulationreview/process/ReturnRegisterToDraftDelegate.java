package org.gxpbridge.regulationreview.process;

import static org.gxpbridge.regulationreview.RegulationReviewModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.regulation.ApplicabilityRegister;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * Task_ReturnRegisterToDraft: review or approval sent the version back; the comment that
 * did so is the reason in the audit trail.
 */
@Component("returnRegisterToDraftDelegate")
class ReturnRegisterToDraftDelegate implements JavaDelegate {

	private final ApplicabilityRegister register;

	ReturnRegisterToDraftDelegate(ApplicabilityRegister register) {
		this.register = register;
	}

	@Override
	public void execute(DelegateExecution execution) {
		boolean byApprover = APPROVAL_CHANGES_REQUESTED.equals(execution.getVariable(VAR_APPROVAL_OUTCOME));
		String comment = RegisterSteps.comment(execution, byApprover ? VAR_APPROVAL_COMMENT : VAR_REVIEW_COMMENT);
		register.returnToDraft(RegisterSteps.versionOf(register, execution).version(), Actor.current(execution),
				(byApprover ? "sent back by approval" : "sent back by review")
						+ (comment == null ? "" : ": " + comment));
		// the next round decides afresh
		execution.removeVariable(VAR_APPROVAL_OUTCOME);
	}

}
