package org.gxpbridge.regulationreview.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.gxpbridge.regulation.ApplicabilityRegister;
import org.gxpbridge.regulation.RegisterVersion;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * End of RegulationReviewProcess: an instance cancelled while its version is still open
 * (e.g. the compliance programme restarted on a regulatory change) withdraws that version
 * with the reason, so the register is never left with an orphaned draft that blocks the
 * next review.
 */
@Component("withdrawCancelledRegisterListener")
class WithdrawCancelledRegisterListener implements ExecutionListener {

	private final ApplicabilityRegister register;

	WithdrawCancelledRegisterListener(ApplicabilityRegister register) {
		this.register = register;
	}

	@Override
	public void notify(DelegateExecution execution) {
		if (!execution.isCanceled()) {
			return;
		}
		register.forProcessInstance(execution.getProcessInstanceId())
			.filter(v -> RegisterVersion.DRAFT.equals(v.status()) || RegisterVersion.IN_REVIEW.equals(v.status()))
			.ifPresent(v -> register.withdraw(v.version(), Actor.currentOrServer(execution),
					"The review was cancelled with its process instance (a compliance programme started "
							+ "again at step 1, or an administrator cancelled it)"));
	}

}
