package org.gxpbridge.monitoring;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * Published in the transaction of each change of an audit-trail review: opened, reviewed
 * (with outcome), deviation raised or recorded for follow-up. {@code actorId} null is the
 * server itself.
 */
public record AuditTrailReviewChanged(String reviewId, String processInstanceId, String action, String actorId,
		String field, String oldValue, String newValue) implements AuditableEvent {

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts.of(actorId, action, "AuditTrailReview", reviewId)
			.withRecord(processInstanceId, null)
			.withChange(field, oldValue, newValue);
	}

}
