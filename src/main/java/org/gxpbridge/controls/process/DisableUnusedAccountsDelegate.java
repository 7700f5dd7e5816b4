package org.gxpbridge.controls.process;

import static org.gxpbridge.controls.AccessReviewModel.VAR_DISABLED_ACCOUNTS;
import static org.gxpbridge.controls.AccessReviewModel.VAR_REVIEW_ID;
import static org.gxpbridge.controls.AccessReviewModel.VAR_REVIEW_ROLES;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.controls.AccessReviews;
import org.springframework.stereotype.Component;

/**
 * Task_DisableUnusedAccounts: the server deactivates accounts unused for the set number
 * of days (its owner and IT security are mailed by the alert), then the roles still to
 * review become the role tasks.
 */
@Component("disableUnusedAccountsDelegate")
class DisableUnusedAccountsDelegate implements JavaDelegate {

	private final AccessReviews reviews;

	DisableUnusedAccountsDelegate(AccessReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reviewId = (String) execution.getVariable(VAR_REVIEW_ID);
		execution.setVariable(VAR_DISABLED_ACCOUNTS, String.join(", ", reviews.disableUnused(reviewId)));
		execution.setVariable(VAR_REVIEW_ROLES, new ArrayList<>(reviews.rolesToReview(reviewId)));
	}

}
