package org.gxpbridge.controls;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * Published in the transaction of each change of a control implementation record:
 * planned, implementation or evidence changed, implemented, verified or returned,
 * effective. {@code actorId} null is the server itself.
 */
public record ControlImplementationChanged(String implementationId, String processInstanceId, String action,
		String actorId, String field, String oldValue, String newValue, String reason) implements AuditableEvent {

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts.of(actorId, action, "ControlImplementation", implementationId)
			.withRecord(processInstanceId, implementationId)
			.withChange(field, oldValue, newValue)
			.withReason(reason);
	}

}
