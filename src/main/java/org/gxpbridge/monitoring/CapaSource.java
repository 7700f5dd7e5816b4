package org.gxpbridge.monitoring;

/**
 * Where a CAPA comes from (820.100(a)(1), ISO 13485 8.5.2); each names its source record
 * by id.
 */
public enum CapaSource {

	AUDIT_FINDING, GAP_ACTION, COMPLAINT, DEVIATION, CYBERSECURITY_INCIDENT, TREND;

	/** The source a text names, or InvalidInputException naming the accepted values. */
	public static CapaSource parse(String text) {
		return Values.parse(CapaSource.class, "capa_source", "CAPA source", text);
	}

}
