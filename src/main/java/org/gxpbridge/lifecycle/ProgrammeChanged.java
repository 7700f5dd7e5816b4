package org.gxpbridge.lifecycle;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * Published in the transaction of each change of a programme: started, cycle opened,
 * restarted on a regulatory change, retired. {@code actorId} null is the server itself.
 */
public record ProgrammeChanged(String programmeId, String processInstanceId, String action, String actorId,
		String field, String oldValue, String newValue, String reason) implements AuditableEvent {

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts.of(actorId, action, "Programme", programmeId)
			.withRecord(processInstanceId, programmeId)
			.withChange(field, oldValue, newValue)
			.withReason(reason);
	}

}
