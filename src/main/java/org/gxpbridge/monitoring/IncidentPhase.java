package org.gxpbridge.monitoring;

/**
 * The response to a cybersecurity incident before it feeds its CAPA, in order (NIST CSF
 * 2.0 RESPOND and RECOVER; DESIGN.md §4: detect → respond → recover).
 */
public enum IncidentPhase {

	DETECT("RS.MA, RS.AN"), CONTAIN("RS.MI-01"), ERADICATE("RS.MI-02"), RECOVER("RC.RP"),
	LESSONS_LEARNED("RC.RP-06, ID.IM");

	private final String csf;

	IncidentPhase(String csf) {
		this.csf = csf;
	}

	/** The NIST CSF 2.0 categories or subcategories the phase serves. */
	public String csf() {
		return csf;
	}

}
