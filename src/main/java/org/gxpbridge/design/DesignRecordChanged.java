package org.gxpbridge.design;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * Published in the transaction of each change of a design record: an item created, a
 * requirement, verification or threat model recorded, a review opened, reviewed, sent to
 * rework or approved. {@code objectType} is {@value #ITEM} or {@value #REVIEW};
 * {@code actorId} null is the server itself.
 */
public record DesignRecordChanged(String objectType, String objectId, String processInstanceId, String action,
		String actorId, String field, String oldValue, String newValue, String reason) implements AuditableEvent {

	public static final String ITEM = "DesignItem";

	public static final String REVIEW = "DesignReview";

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts.of(actorId, action, objectType, objectId)
			.withRecord(processInstanceId, objectId)
			.withChange(field, oldValue, newValue)
			.withReason(reason);
	}

}
