package org.gxpbridge.monitoring;

/** An area to enrol in the audit programme. */
public record NewAuditArea(String name, String ownerId, RiskLevel riskLevel) {
}
