package org.gxpbridge.regulation;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * Published in the transaction of every change to the applicability register: a version
 * opened, an entry's field set or removed, a status changed. Carries who, which version,
 * the field with old and new value and the reason into the audit trail (P11-10e).
 *
 * @param action REGISTER_VERSION_OPENED, REGISTER_ENTRY_CHANGED, REGISTER_ENTRY_REMOVED
 * or REGISTER_STATUS_CHANGED
 * @param actorId the acting user; null when the server acts (a process step)
 * @param field for an entry {@code <frameworkId>.<field>}, for a status change
 * {@code status}
 */
public record RegisterChanged(String registerId, int version, String action, String actorId, String processInstanceId,
		String field, String oldValue, String newValue, String reason) implements AuditableEvent {

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts.of(actorId, action, "ApplicabilityRegister", registerId + "/v" + version)
			.withRecord(processInstanceId, null)
			.withChange(field, oldValue, newValue)
			.withReason(reason);
	}

}
