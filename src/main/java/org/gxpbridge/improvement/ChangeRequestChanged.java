package org.gxpbridge.improvement;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * Published in the transaction of each change of a change request: requested, assessed,
 * released or rejected, implemented, artifact verified or deviation raised, document
 * revised, verified, effectiveness checked, closed. {@code actorId} null is the server.
 */
public record ChangeRequestChanged(String changeId, String processInstanceId, String action, String actorId,
		String field, String oldValue, String newValue, String reason) implements AuditableEvent {

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts.of(actorId, action, "ChangeRequest", changeId)
			.withRecord(processInstanceId, changeId)
			.withChange(field, oldValue, newValue)
			.withReason(reason);
	}

}
