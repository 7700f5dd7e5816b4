package org.gxpbridge.monitoring;

/**
 * Outcome of an area's last audit; NONE when it was never audited. Derived from the worst
 * finding.
 */
public enum AuditOutcome {

	NONE, CONFORMING, MINOR_FINDINGS, MAJOR_FINDINGS;

	/** The value a text names, or InvalidInputException naming the accepted values. */
	public static AuditOutcome parse(String text) {
		return Values.parse(AuditOutcome.class, "audit_outcome", "Audit outcome", text);
	}

}
