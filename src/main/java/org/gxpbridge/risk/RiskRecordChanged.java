package org.gxpbridge.risk;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * Published in the transaction of every change to a risk register, a risk or a snapshot:
 * who (null: the process itself), what, which record, the field with old and new value,
 * and the reason (null: the reason given for the current work, if any).
 *
 * @param objectType {@code RiskRegister}, {@code Risk} or {@code RiskRegisterSnapshot}
 * @param objectId register id, {@code registerId/riskId}, or snapshot id
 */
public record RiskRecordChanged(String actorId, String action, String objectType, String objectId,
		String processInstanceId, String field, String oldValue, String newValue,
		String reason) implements AuditableEvent {

	public static final String REGISTER = "RiskRegister";

	public static final String RISK = "Risk";

	public static final String SNAPSHOT = "RiskRegisterSnapshot";

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts.of(actorId, action, objectType, objectId)
			.withRecord(processInstanceId, null)
			.withChange(field, oldValue, newValue)
			.withReason(reason);
	}

}
