package org.gxpbridge.security;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * A person's identity was verified; the ledger seals the record's row with this entry
 * (objectType {@code IdentityVerification}, the verification id as object id).
 */
public record IdentityVerified(IdentityVerification verification) implements AuditableEvent {

	public static final String OBJECT_TYPE = "IdentityVerification";

	@Override
	public AuditFacts auditFacts() {
		IdentityVerification v = verification;
		String actor = Accounts.SYSTEM.equals(v.verifiedBy()) ? null : v.verifiedBy();
		return AuditFacts.of(actor, "IDENTITY_VERIFIED", OBJECT_TYPE, v.verificationId())
			.withChange("identity of " + v.userId(), null, v.method().name() + ": " + v.reference()
					+ (v.note() == null || v.note().isBlank() ? "" : " (" + v.note() + ")"));
	}

}
