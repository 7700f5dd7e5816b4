package org.gxpbridge.controls.process;

import static org.gxpbridge.controls.AccessReviewModel.VAR_REVIEW_ID;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.controls.AccessReviews;
import org.gxpbridge.signature.Signatures;
import org.springframework.stereotype.Component;

/**
 * Task_CloseAccessReview: the review is approved only while a valid APPROVED signature
 * covers it as it stands (P11-70); otherwise the job fails with the reason and ends as an
 * incident.
 */
@Component("closeAccessReviewDelegate")
class CloseAccessReviewDelegate implements JavaDelegate {

	private final AccessReviews reviews;

	private final Signatures signatures;

	CloseAccessReviewDelegate(AccessReviews reviews, Signatures signatures) {
		this.reviews = reviews;
		this.signatures = signatures;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reviewId = (String) execution.getVariable(VAR_REVIEW_ID);
		signatures.missingForRelease(execution.getProcessInstanceId(), List.of("APPROVED")).ifPresent(reason -> {
			throw new IllegalStateException("Access review " + reviewId + " is not approved: " + reason);
		});
		reviews.approve(reviewId);
	}

}
