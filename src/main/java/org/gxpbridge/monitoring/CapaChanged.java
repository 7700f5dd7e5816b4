package org.gxpbridge.monitoring;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * Published in the transaction of every change to a CAPA (CHK-01): who, what, the field
 * with its old and new value, and the reason when one was given.
 *
 * @param action e.g. {@code CAPA_OPENED}, {@code CAPA_ACTION_ADDED}, {@code CAPA_CLOSED}
 */
public record CapaChanged(String capaId, String action, String field, String oldValue, String newValue, String actorId,
		String processInstanceId, String reason) implements AuditableEvent {

	/** Object type of the entries, also how the ledger finds the CAPA's row. */
	public static final String OBJECT_TYPE = "Capa";

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts.of(actorId, action, OBJECT_TYPE, capaId)
			.withRecord(processInstanceId, capaId)
			.withChange(field, oldValue, newValue)
			.withReason(reason);
	}

}
