package org.gxpbridge.design.process;

import static org.gxpbridge.design.DesignReviewModel.VAR_DESIGN_ITEM_ID;
import static org.gxpbridge.design.DesignReviewModel.VAR_REVIEW_ID;

import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.design.DesignReview;
import org.gxpbridge.design.DesignReviews;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * Task_OpenDesignReview: the review record of the item, bound to this instance in the
 * module's table (what the signature covers). Runs inside the start command (also the
 * umbrella's call activity), so an unknown item or a second review refuses the start and
 * stores nothing.
 */
@Component("openDesignReviewDelegate")
class OpenDesignReviewDelegate implements JavaDelegate {

	private final DesignReviews reviews;

	OpenDesignReviewDelegate(DesignReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object item = execution.getVariable(VAR_DESIGN_ITEM_ID);
		// who starts is the engine's authenticated user, not a variable
		String starter = Objects.requireNonNullElse(Actor.current(execution), "system");
		DesignReview r = reviews.open(item instanceof String s ? s : null, execution.getProcessInstanceId(),
				execution.getProcessBusinessKey(), starter);
		execution.setVariable(VAR_REVIEW_ID, r.id());
		execution.setVariable(VAR_DESIGN_ITEM_ID, r.itemId());
	}

}
