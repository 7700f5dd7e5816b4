package org.gxpbridge.documents;

import java.util.Arrays;
import java.util.Locale;

import org.gxpbridge.shared.InvalidInputException;

/** What a document is for; the lifecycle steps look documents up by kind. */
public enum DocumentKind {

	SOP, POLICY, WORK_INSTRUCTION, TEST_REPORT, THREAT_MODEL, RISK_ASSESSMENT, AUDIT_EVIDENCE, AUDIT_REPORT,
	CAPA_EVIDENCE, REGULATORY_TEXT, GUIDANCE, STANDARD, RECORD, OTHER;

	/**
	 * The kind named by a request parameter (case-insensitive); null when none was given.
	 */
	public static DocumentKind parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("invalid_kind",
					"Unknown document kind '" + value + "'; one of " + Arrays.toString(values()));
		}
	}

}
