package org.gxpbridge.design;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A verification record of a design item: method ({@link #METHODS}), result
 * ({@value #PASS} or {@value #FAIL}), what was done, the evidence document with the
 * SHA-256 it had when linked (optional), and what it verifies: requirement ids of the
 * item and risk control ids of the item's risk register ({@code R-001-C1}).
 */
public record DesignVerification(String id, String method, String result, String description, String evidenceDocumentId,
		String evidenceSha256, List<String> requirementIds, List<String> riskControlIds, String recordedBy,
		Instant recordedAt) {

	public static final Set<String> METHODS = Set.of("TEST", "ANALYSIS", "INSPECTION");

	public static final String PASS = "PASS";

	public static final String FAIL = "FAIL";

	public boolean passed() {
		return PASS.equals(result);
	}

}
