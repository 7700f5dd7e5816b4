package org.gxpbridge.monitoring;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * Published in the transaction of every change to the audit programme: an area enrolled
 * or retired, an audit scheduled, planned, reported or closed, a finding recorded or
 * disposed.
 *
 * @param objectType {@code AuditArea}, {@code Audit} or {@code AuditFinding}
 */
public record AuditProgrammeChanged(String objectType, String objectId, String action, String field, String oldValue,
		String newValue, String actorId, String processInstanceId, String reason) implements AuditableEvent {

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts.of(actorId, action, objectType, objectId)
			.withRecord(processInstanceId, null)
			.withChange(field, oldValue, newValue)
			.withReason(reason);
	}

}
