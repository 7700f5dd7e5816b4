package org.gxpbridge.improvement;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * Published in the transaction of each change of a management review: pack gathered,
 * minutes recorded, approved, an action done. {@code actorId} null is the server itself.
 */
public record ManagementReviewChanged(String reviewId, String processInstanceId, String action, String actorId,
		String field, String oldValue, String newValue, String reason) implements AuditableEvent {

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts.of(actorId, action, "ManagementReview", reviewId)
			.withRecord(processInstanceId, reviewId)
			.withChange(field, oldValue, newValue)
			.withReason(reason);
	}

}
