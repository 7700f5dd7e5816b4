package org.gxpbridge.gap;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * An action of a gap report was proposed, planned, declined, withdrawn, opened for
 * tracking or marked done.
 *
 * @param action GAP_ACTION_PROPOSED, GAP_ACTION_PLANNED, GAP_ACTION_STATUS
 */
public record GapActionChanged(String action, String actionId, String field, String oldValue, String newValue,
		String actorId, String reason, String processInstanceId) implements AuditableEvent {

	public static final String OBJECT_TYPE = "GapAction";

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts.of(actorId, action, OBJECT_TYPE, actionId)
			.withRecord(processInstanceId, null)
			.withChange(field, oldValue, newValue)
			.withReason(reason);
	}

}
