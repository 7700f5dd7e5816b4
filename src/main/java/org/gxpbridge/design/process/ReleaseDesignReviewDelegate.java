package org.gxpbridge.design.process;

import static org.gxpbridge.design.DesignReviewModel.VAR_REVIEW_ID;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.design.DesignReviews;
import org.gxpbridge.signature.Signatures;
import org.springframework.stereotype.Component;

/**
 * Task_ReleaseDesignReview: the review and its item become APPROVED only while a valid
 * APPROVED signature covers the review record as it stands (P11-70); otherwise the job
 * fails with the reason and ends as an incident.
 */
@Component("releaseDesignReviewDelegate")
class ReleaseDesignReviewDelegate implements JavaDelegate {

	private final DesignReviews reviews;

	private final Signatures signatures;

	ReleaseDesignReviewDelegate(DesignReviews reviews, Signatures signatures) {
		this.reviews = reviews;
		this.signatures = signatures;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String id = (String) execution.getVariable(VAR_REVIEW_ID);
		signatures.missingForRelease(execution.getProcessInstanceId(), List.of("APPROVED")).ifPresent(reason -> {
			throw new IllegalStateException("Design review " + id + " is not approved: " + reason);
		});
		reviews.approved(id);
	}

}
