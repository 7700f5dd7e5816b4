package org.gxpbridge.design.process;

import static org.gxpbridge.design.DesignReviewModel.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gxpbridge.design.DesignItems;
import org.gxpbridge.design.DesignReview;
import org.gxpbridge.design.DesignReviews;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.shared.RefusedByRuleException;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * The steps of DesignReviewProcess write the review record: the design team's submission
 * is refused to anyone not a designer of the item; the review and approval steps are
 * refused to designers at claim and completion (from the item's table, never a variable);
 * completing the review records findings and outcome (approval refused while the trace
 * matrix has unjustified gaps); the review and approval steps show the record.
 */
@Component("designReviewTaskListener")
class DesignReviewTaskListener implements TaskListener {

	private final DesignReviews reviews;

	private final DesignItems items;

	DesignReviewTaskListener(DesignReviews reviews, DesignItems items) {
		this.reviews = reviews;
		this.items = items;
	}

	@Override
	public void notify(DelegateTask task) {
		String id = (String) task.getVariable(VAR_REVIEW_ID);
		String key = task.getTaskDefinitionKey();
		String event = task.getEventName();
		try {
			if (TASK_SUBMIT_INPUTS.equals(key) && EVENTNAME_CREATE.equals(event)) {
				// the designers recorded on the item are the design team of this step
				task.addCandidateUsers(items.get(reviews.get(id).itemId()).designers());
			}
			else if (TASK_SUBMIT_INPUTS.equals(key) && EVENTNAME_ASSIGNMENT.equals(event)
					&& task.getAssignee() != null) {
				reviews.refuseNonDesigner(id, task.getAssignee());
			}
			else if (TASK_SUBMIT_INPUTS.equals(key) && EVENTNAME_COMPLETE.equals(event)) {
				reviews.inputsSubmitted(id, user(task), (String) task.getVariable(VAR_INPUTS_NOTE));
			}
			else if (TASK_REVIEW.equals(key) || TASK_APPROVE.equals(key)) {
				independent(task, id, key, event);
			}
		}
		catch (RefusedByRuleException e) {
			if ("designer_cannot_review".equals(e.code()) || "not_a_designer".equals(e.code())) {
				throw new AuthorizationException(e.getMessage());
			}
			throw new ProcessEngineException(e.getMessage(), e);
		}
		catch (DomainException e) {
			throw new ProcessEngineException(e.getMessage(), e);
		}
	}

	private void independent(DelegateTask task, String id, String key, String event) {
		switch (event) {
			case EVENTNAME_CREATE -> {
				if (TASK_REVIEW.equals(key)) {
					// a new answer each round: an earlier round's outcome is not this one
					task.getExecution().setVariable(VAR_OUTCOME, "");
				}
				task.setVariableLocal(VAR_SUMMARY, DesignSummary.of(items.get(reviews.get(id).itemId()),
						items.trace(reviews.get(id).itemId()), reviews.get(id)));
			}
			case EVENTNAME_ASSIGNMENT -> {
				if (task.getAssignee() != null) {
					reviews.refuseDesigner(id, task.getAssignee());
				}
			}
			case EVENTNAME_COMPLETE -> {
				String user = user(task);
				reviews.refuseDesigner(id, user);
				if (TASK_REVIEW.equals(key)) {
					Map<String, String> findings = new HashMap<>();
					findings.put("REQUIREMENTS", text(task, VAR_FINDING_REQUIREMENTS));
					findings.put("THREAT_MODEL", text(task, VAR_FINDING_THREAT_MODEL));
					findings.put("RISK_ASSESSMENT", text(task, VAR_FINDING_RISK_ASSESSMENT));
					findings.put("VERIFICATIONS", text(task, VAR_FINDING_VERIFICATIONS));
					DesignReview r = reviews.review(id, text(task, VAR_OUTCOME), findings,
							text(task, VAR_GAP_JUSTIFICATIONS), user);
					// the gateway branches on the recorded outcome
					task.getExecution().setVariable(VAR_OUTCOME, r.outcome());
				}
			}
			default -> {
			}
		}
	}

	private static String text(DelegateTask task, String name) {
		return task.getVariable(name) instanceof String s ? s : null;
	}

	private static String user(DelegateTask task) {
		String user = Actor.currentOrAssignee(task);
		if (user == null) {
			throw new AuthorizationException("This step is completed by a person, not by the server");
		}
		return user;
	}

}
