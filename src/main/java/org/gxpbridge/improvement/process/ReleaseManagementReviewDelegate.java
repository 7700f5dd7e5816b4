package org.gxpbridge.improvement.process;

import static org.gxpbridge.improvement.ManagementReviewModel.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.improvement.ManagementReview;
import org.gxpbridge.improvement.ManagementReviewAction;
import org.gxpbridge.improvement.ManagementReviews;
import org.gxpbridge.signature.Signatures;
import org.springframework.stereotype.Component;

/**
 * Task_ReleaseMinutes: the minutes are approved only while a valid APPROVED signature
 * covers the review as it stands (P11-70), otherwise the job fails with the reason and
 * ends as an incident. The restart decision and the actions to track are written from the
 * approved record, not from what the minutes form submitted.
 */
@Component("releaseManagementReviewDelegate")
class ReleaseManagementReviewDelegate implements JavaDelegate {

	private final ManagementReviews reviews;

	private final Signatures signatures;

	ReleaseManagementReviewDelegate(ManagementReviews reviews, Signatures signatures) {
		this.reviews = reviews;
		this.signatures = signatures;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String pi = execution.getProcessInstanceId();
		ManagementReview review = reviews.forProcessInstance(pi).orElseThrow();
		signatures.missingForRelease(pi, List.of("APPROVED")).ifPresent(reason -> {
			throw new IllegalStateException("Management review " + review.id() + " is not approved: " + reason);
		});
		ManagementReview approved = reviews.approve(review.id());
		execution.setVariable(VAR_RESTART_LIFECYCLE, Boolean.TRUE.equals(approved.restartLifecycle()));
		List<String> open = new ArrayList<>(approved.actions()
			.stream()
			.filter(a -> ManagementReviewAction.OPEN.equals(a.status()))
			.map(ManagementReviewAction::id)
			.toList());
		execution.setVariable(VAR_ACTION_IDS, open);
	}

}
