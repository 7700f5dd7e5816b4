package org.gxpbridge.controls.process;

import static org.gxpbridge.controls.AccessReviewModel.*;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gxpbridge.controls.AccessReview;
import org.gxpbridge.controls.AccessReviewLine;
import org.gxpbridge.controls.AccessReviews;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.shared.RefusedByRuleException;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * The role review steps: on creation the task shows the members under review (and starts
 * its own empty answer fields, so parallel role tasks never read each other's answers);
 * claiming or completing it is refused for a holder of the role; completing it records
 * the decisions and revokes the removed members' role in the same transaction. The
 * approval step shows every decision before it is signed.
 */
@Component("accessReviewTaskListener")
class AccessReviewTaskListener implements TaskListener {

	private final AccessReviews reviews;

	AccessReviewTaskListener(AccessReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public void notify(DelegateTask task) {
		String reviewId = (String) task.getVariable(VAR_REVIEW_ID);
		if (TASK_APPROVE.equals(task.getTaskDefinitionKey())) {
			if (EVENTNAME_CREATE.equals(task.getEventName())) {
				task.setVariableLocal(VAR_SUMMARY, summary(reviews.get(reviewId)));
			}
			return;
		}
		String role = (String) task.getVariable(VAR_REVIEWED_ROLE);
		try {
			switch (task.getEventName()) {
				case EVENTNAME_CREATE -> {
					task.setVariableLocal(VAR_MEMBERS, members(reviews.get(reviewId), role));
					// on the task's own execution (one per role): a completion writes the
					// answer there, not into the instance where parallel roles would meet
					task.getExecution().setVariableLocal(VAR_REMOVE_MEMBERS, "");
					task.getExecution().setVariableLocal(VAR_REMOVAL_REASON, "");
				}
				case EVENTNAME_ASSIGNMENT -> {
					if (task.getAssignee() != null) {
						reviews.refuseSelfReview(role, task.getAssignee());
					}
				}
				case EVENTNAME_COMPLETE -> reviews.decide(reviewId, role, reviewer(task),
						ids((String) task.getExecution().getVariableLocal(VAR_REMOVE_MEMBERS)),
						(String) task.getExecution().getVariableLocal(VAR_REMOVAL_REASON));
				default -> {
				}
			}
		}
		catch (RefusedByRuleException e) {
			throw new AuthorizationException(e.getMessage());
		}
		catch (DomainException e) {
			throw new ProcessEngineException(e.getMessage(), e);
		}
	}

	private static String reviewer(DelegateTask task) {
		String user = Actor.currentOrAssignee(task);
		if (user == null) {
			throw new AuthorizationException("A role review is completed by a person, not by the server");
		}
		return user;
	}

	static Set<String> ids(String text) {
		if (text == null || text.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(text.split("[,;\\s]+"))
			.map(String::trim)
			.filter(s -> !s.isEmpty())
			.map(s -> s.toLowerCase(Locale.ROOT))
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	static String members(AccessReview review, String role) {
		String text = review.lines()
			.stream()
			.filter(l -> l.role().equals(role) && l.decision() == null)
			.map(AccessReviewTaskListener::line)
			.collect(Collectors.joining("\n"));
		text = cap(text);
		return text.isEmpty() ? "(no member of " + role + " waits for a decision)" : text;
	}

	static String summary(AccessReview review) {
		return cap(review.lines()
			.stream()
			.map(l -> l.role() + " " + l.userId() + ": " + l.decision() + " by " + l.decidedBy()
					+ (l.reason() == null ? "" : " (" + l.reason() + ")"))
			.collect(Collectors.joining("\n")));
	}

	/**
	 * A string variable holds at most 4000 characters; the review page shows every line.
	 */
	private static String cap(String text) {
		return text.length() <= 3800 ? text : text.substring(0, 3700) + "\n... all lines on the page /access-reviews";
	}

	private static String line(AccessReviewLine l) {
		return l.userId() + " (" + l.fullName() + "), last used " + (l.lastUsedAt() == null ? "never" : l.lastUsedAt());
	}

}
