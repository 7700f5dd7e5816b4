package org.gxpbridge.monitoring;

/** Severity of a finding or a CAPA's problem (CRITICAL, MAJOR, MINOR). */
public enum Severity {

	CRITICAL, MAJOR, MINOR;

	/** The value a text names, or InvalidInputException naming the accepted values. */
	public static Severity parse(String text) {
		return Values.parse(Severity.class, "severity", "Severity", text);
	}

}
