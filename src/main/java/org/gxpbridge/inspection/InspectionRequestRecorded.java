package org.gxpbridge.inspection;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * A step of an inspection request happened (filed, assigned, prepared, reviewed,
 * published): who, which request and instance, and what changed, for the audit trail.
 *
 * @param action {@code INSPECTION_REQUEST_FILED}, {@code _ASSIGNED}, {@code _PREPARED},
 * {@code _REVIEWED} or {@code _PUBLISHED}
 */
public record InspectionRequestRecorded(String actorId, String action, String requestId, String processInstanceId,
		String field, String oldValue, String newValue) implements AuditableEvent {

	public static final String OBJECT_TYPE = "INSPECTION_REQUEST";

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts.of(actorId, action, OBJECT_TYPE, requestId)
			.withRecord(processInstanceId, requestId)
			.withChange(field, oldValue, newValue);
	}

}
