package org.gxpbridge.controls;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * Published in the transaction of each change of an access review: opened, a member
 * confirmed, removed or disabled, approved. {@code actorId} null is the server itself.
 */
public record AccessReviewChanged(String reviewId, String processInstanceId, String action, String actorId,
		String field, String oldValue, String newValue, String reason) implements AuditableEvent {

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts.of(actorId, action, "AccessReview", reviewId)
			.withRecord(processInstanceId, null)
			.withChange(field, oldValue, newValue)
			.withReason(reason);
	}

}
