package org.gxpbridge.improvement.process;

import static org.gxpbridge.improvement.ManagementReviewModel.VAR_REVIEW_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.improvement.ManagementReviews;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * Task_GatherMeetingPack: opens the review record bound to this instance with its meeting
 * pack gathered now. Who started it comes from the engine's authentication (null when the
 * umbrella's job calls it: the server).
 */
@Component("openManagementReviewDelegate")
class OpenManagementReviewDelegate implements JavaDelegate {

	private final ManagementReviews reviews;

	OpenManagementReviewDelegate(ManagementReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String pi = execution.getProcessInstanceId();
		String id = reviews.forProcessInstance(pi)
			.orElseGet(() -> reviews.open(pi, execution.getProcessBusinessKey(), Actor.current(execution)))
			.id();
		execution.setVariable(VAR_REVIEW_ID, id);
	}

}
