package org.gxpbridge.controls.process;

import static org.gxpbridge.controls.AccessReviewModel.VAR_REVIEW_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.controls.AccessReviews;
import org.springframework.stereotype.Component;

/**
 * Task_OpenAccessReview: the review record with a line per (role, member), bound to this
 * process instance in its own table (what the signature covers).
 */
@Component("openAccessReviewDelegate")
class OpenAccessReviewDelegate implements JavaDelegate {

	private final AccessReviews reviews;

	OpenAccessReviewDelegate(AccessReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(VAR_REVIEW_ID, reviews.open(execution.getProcessInstanceId()).reviewId());
	}

}
