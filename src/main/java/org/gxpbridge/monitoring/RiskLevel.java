package org.gxpbridge.monitoring;

/**
 * Risk level of an audit area; with the last outcome it sets the audit interval
 * (AuditFrequencyDecision).
 */
public enum RiskLevel {

	HIGH, MEDIUM, LOW;

	/** The value a text names, or InvalidInputException naming the accepted values. */
	public static RiskLevel parse(String text) {
		return Values.parse(RiskLevel.class, "risk_level", "Risk level", text);
	}

}
