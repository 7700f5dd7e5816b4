package org.gxpbridge.improvement.process;

import static org.gxpbridge.improvement.ManagementReviewModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.gxpbridge.improvement.ManagementReviewAction;
import org.gxpbridge.improvement.ManagementReviews;
import org.springframework.stereotype.Component;

/**
 * Start of each instance of Task_CompleteReviewAction: its owner and text come from the
 * action's row, so the task is assigned to the owner the approved minutes name.
 */
@Component("managementReviewActionListener")
class ManagementReviewActionListener implements ExecutionListener {

	private final ManagementReviews reviews;

	ManagementReviewActionListener(ManagementReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public void notify(DelegateExecution execution) {
		ManagementReviewAction action = reviews.action((String) execution.getVariable(VAR_ACTION_ID));
		execution.setVariableLocal(VAR_ACTION_OWNER, action.ownerId());
		execution.setVariableLocal(VAR_ACTION_SUMMARY, action.id() + ": " + action.description() + " (owner "
				+ action.ownerId() + ", due " + action.dueDate() + ")");
	}

}
