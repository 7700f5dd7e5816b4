package org.gxpbridge.monitoring.process;

import static org.gxpbridge.monitoring.AuditTrailReviewModel.VAR_ENTRY_COUNT;
import static org.gxpbridge.monitoring.AuditTrailReviewModel.VAR_RECORD_TYPE;
import static org.gxpbridge.monitoring.AuditTrailReviewModel.VAR_REVIEW_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.monitoring.AuditTrailReview;
import org.gxpbridge.monitoring.AuditTrailReviews;
import org.gxpbridge.monitoring.ReviewedRecordType;
import org.springframework.stereotype.Component;

/**
 * Task_OpenAuditTrailReview: the review record of one record type from its high-water
 * mark to the newest ledger entry, bound to this process instance in its own table.
 */
@Component("openAuditTrailReviewDelegate")
class OpenAuditTrailReviewDelegate implements JavaDelegate {

	private final AuditTrailReviews reviews;

	OpenAuditTrailReviewDelegate(AuditTrailReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ReviewedRecordType type = ReviewedRecordType.valueOf((String) execution.getVariable(VAR_RECORD_TYPE));
		AuditTrailReview review = reviews.open(execution.getProcessInstanceId(), type);
		execution.setVariable(VAR_REVIEW_ID, review.reviewId());
		execution.setVariable(VAR_ENTRY_COUNT, review.entryCount());
	}

}
