package org.gxpbridge.risk;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * A register was exported (CSV or JSON): who, which version, and the SHA-256 of the
 * exported bytes, so an exported copy can be matched to the trail.
 */
public record RiskRegisterExported(String actorId, String registerId, int version, String format, String contentSha256,
		String processInstanceId) implements AuditableEvent {

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts.of(actorId, "RISK_REGISTER_EXPORTED", "RiskRegisterExport", registerId)
			.withRecord(processInstanceId, null)
			.withChange("format", null, format + " of version " + version)
			.withContentHash(contentSha256);
	}

}
