package org.gxpbridge.security;

import java.util.Arrays;
import java.util.List;

/**
 * How a person's identity was verified before they got signing rights (21 CFR 11.100(b),
 * CHK-14): the kind of evidence the verifier saw. The fixed list keeps the records
 * comparable; the reference and note say which document.
 */
public enum IdentityVerificationMethod {

	PASSPORT("Passport"), NATIONAL_ID_CARD("National identity card"), DRIVING_LICENCE("Driving licence"),
	HR_RECORD("HR record (identity checked at hiring)"), IN_PERSON("In person with a photo ID"),
	/** Demo and test accounts the server seeds itself; never chosen by a person. */
	DEMO_SEED("Demo seed");

	private final String label;

	IdentityVerificationMethod(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The methods a verifier may choose; DEMO_SEED is the server's own. */
	public static List<IdentityVerificationMethod> selectable() {
		return Arrays.stream(values()).filter(m -> m != DEMO_SEED).toList();
	}

}
