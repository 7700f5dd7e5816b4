package org.gxpbridge.monitoring.process;

import static org.gxpbridge.monitoring.AuditTrailReviewModel.VAR_REVIEW_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.monitoring.AuditTrailReviews;
import org.springframework.stereotype.Component;

/**
 * Task_RaiseDeviation: the findings become a CapaProcess (source DEVIATION) when one is
 * deployed, or wait for follow-up; the review records which.
 */
@Component("raiseDeviationDelegate")
class RaiseDeviationDelegate implements JavaDelegate {

	private final AuditTrailReviews reviews;

	RaiseDeviationDelegate(AuditTrailReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		var review = reviews.raiseDeviation((String) execution.getVariable(VAR_REVIEW_ID));
		execution.setVariable("deviationRef",
				review.deviationRef() == null ? review.followUp() : review.deviationRef());
	}

}
