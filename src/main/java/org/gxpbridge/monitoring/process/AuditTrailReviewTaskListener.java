package org.gxpbridge.monitoring.process;

import static org.gxpbridge.monitoring.AuditTrailReviewModel.*;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.monitoring.AuditTrailReviewSettings;
import org.gxpbridge.monitoring.AuditTrailReviews;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.shared.RefusedByRuleException;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * Task_ReviewAuditTrail: on creation the task lists the entries under review; claiming or
 * completing it is refused to a reviewer who is the actor of one of them (no one reviews
 * their own actions); completing it records the outcome in the same transaction as the
 * signature.
 */
@Component("auditTrailReviewTaskListener")
class AuditTrailReviewTaskListener implements TaskListener {

	private final AuditTrailReviews reviews;

	private final AuditTrailReviewSettings settings;

	AuditTrailReviewTaskListener(AuditTrailReviews reviews, AuditTrailReviewSettings settings) {
		this.reviews = reviews;
		this.settings = settings;
	}

	@Override
	public void notify(DelegateTask task) {
		String reviewId = (String) task.getVariable(VAR_REVIEW_ID);
		try {
			switch (task.getEventName()) {
				case EVENTNAME_CREATE -> task.setVariableLocal(VAR_ENTRIES, text(reviewId));
				case EVENTNAME_ASSIGNMENT -> {
					if (task.getAssignee() != null) {
						reviews.refuseSelfReview(reviewId, task.getAssignee());
					}
				}
				case EVENTNAME_COMPLETE ->
					reviews.recordOutcome(reviewId, reviewer(task), (String) task.getVariable(VAR_OUTCOME),
							(String) task.getVariable(VAR_FINDINGS), (String) task.getVariable(VAR_FINDING_ENTRIES));
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
			throw new AuthorizationException("An audit-trail review is completed by a person, not by the server");
		}
		return user;
	}

	/**
	 * At most the set number of entries, and under the engine's 4000 characters of a
	 * string variable; the page shows them all.
	 */
	private String text(String reviewId) {
		StringBuilder text = new StringBuilder();
		List<AuditEntry> entries = reviews.entries(reviewId, settings.maxEntriesShown() + 1);
		int shown = 0;
		for (AuditEntry e : entries) {
			String line = line(e);
			if (shown == settings.maxEntriesShown() || text.length() + line.length() > 3500) {
				break;
			}
			text.append(line, 0, Math.min(line.length(), 300)).append('\n');
			shown++;
		}
		if (shown < entries.size()) {
			text.append("... all entries on the page /monitoring/audit-trail-reviews/").append(reviewId);
		}
		return text.length() == 0 ? "(no entries)" : text.toString();
	}

	static String line(AuditEntry e) {
		return "#" + e.seq() + " " + e.recordedAt() + " " + e.actorId() + " " + e.action() + " " + e.objectType()
				+ (e.objectId() == null ? "" : " " + e.objectId()) + (e.newValue() == null ? "" : ": " + e.newValue())
				+ (e.reason() == null ? "" : " (reason: " + e.reason() + ")");
	}

}
