package org.gxpbridge.security;

import java.time.Instant;

/**
 * One record that a person's identity was verified (21 CFR 11.100(b), CHK-14): who
 * verified ({@code verifiedBy}, "system" for a seeded demo or test account), how
 * ({@code method} and a {@code reference} to the evidence, e.g. "passport, last 4 digits
 * 1234"), when. Never changed; a later verification adds a record.
 */
public record IdentityVerification(String verificationId, String userId, IdentityVerificationMethod method,
		String reference, String note, String verifiedBy, Instant verifiedAt) {

	public String methodLabel() {
		return method.label();
	}

}
