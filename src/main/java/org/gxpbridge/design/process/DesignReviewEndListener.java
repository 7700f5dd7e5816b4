package org.gxpbridge.design.process;

import static org.gxpbridge.design.DesignReviewModel.VAR_REVIEW_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.gxpbridge.design.DesignReviews;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * The end of a DesignReviewProcess instance: one cancelled before approval (which the
 * command guard allows only with a quality manager's reason) marks its review CANCELLED,
 * so the item can be reviewed again; a released review stays APPROVED.
 */
@Component("designReviewEndListener")
class DesignReviewEndListener implements ExecutionListener {

	private final DesignReviews reviews;

	DesignReviewEndListener(DesignReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public void notify(DelegateExecution execution) {
		if (execution.getVariable(VAR_REVIEW_ID) instanceof String id && execution.isCanceled()) {
			reviews.cancelled(id, Actor.current(execution), "process instance cancelled");
		}
	}

}
