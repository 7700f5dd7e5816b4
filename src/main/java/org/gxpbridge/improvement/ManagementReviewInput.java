package org.gxpbridge.improvement;

import java.util.List;

/**
 * One input of a management review's meeting pack (ISO 13485 5.6.2) as gathered from the
 * module that owns it.
 *
 * @param key stable key ({@link #AUDITS}, {@link #CAPA} ...), also the key of the
 * minutes' conclusion on it
 * @param title heading in the meeting record
 * @param facts what the pack says, one line per fact
 */
public record ManagementReviewInput(String key, String title, List<String> facts) {

	public static final String AUDITS = "audits";

	public static final String CAPA = "capa";

	public static final String RISK = "risk";

	public static final String TRAINING = "training";

	public static final String GAP = "gap";

	public static final String REGULATORY = "regulatory";

	public static final String VULNERABILITY = "vulnerability";

	/** Every input, in the order of the meeting record. */
	public static final List<String> KEYS = List.of(AUDITS, CAPA, RISK, TRAINING, GAP, REGULATORY, VULNERABILITY);

	public ManagementReviewInput {
		facts = List.copyOf(facts);
	}

}
