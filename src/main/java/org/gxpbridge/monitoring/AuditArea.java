package org.gxpbridge.monitoring;

import java.time.Instant;

/**
 * An area of the audit programme: its owner (who may not audit it), risk level and last
 * outcome, which set the interval to its next audit.
 */
public record AuditArea(String id, String name, String ownerId, RiskLevel riskLevel, AuditOutcome lastOutcome,
		String auditInterval, Instant nextAuditDue, boolean active, String processInstanceId) {
}
