package org.gxpbridge.security.internal;

import java.util.List;

import org.gxpbridge.security.IdentityVerified;
import org.gxpbridge.shared.SealedRecordTable;
import org.gxpbridge.shared.SealedRecordTable.Children;
import org.gxpbridge.shared.SealedRecordTables;
import org.springframework.stereotype.Component;

/**
 * The account record, sealed by the audit ledger with every security event about it
 * (objectType {@code Account}), its roles digested with it; and the identity
 * verifications; and the integration clients.
 */
@Component
class AccountTables implements SealedRecordTables {

	@Override
	public List<SealedRecordTable> sealedTables() {
		return List.of(sealedAccount(), sealedIdentityVerification(), IntegrationClientStore.sealed());
	}

	/**
	 * Who verified a person's identity, how and when (11.100(b)), sealed with its
	 * IDENTITY_VERIFIED entry.
	 */
	private static SealedRecordTable sealedIdentityVerification() {
		return SealedRecordTable.of("gxp_identity_verification", "v.verification_id", "gxp_identity_verification v",
				"v.user_id, v.method, v.reference, v.note, v.verified_by, v.verified_at",
				SealedRecordTable.byObjectId(IdentityVerified.OBJECT_TYPE));
	}

	private static SealedRecordTable sealedAccount() {
		// failed_attempts and last_login_at are counters that change with every login:
		// operational, not the record (the LOCKED status they lead to is digested)
		return SealedRecordTable
			.of("gxp_user", "u.user_id", "gxp_user u",
					"u.full_name, u.email, u.password_hash, u.status, u.password_changed_at, u.must_change_password, "
							+ "u.valid_until, u.created_at, u.created_by, u.deactivated_at",
					SealedRecordTable.byObjectId("Account"))
			.withChildren(new Children("gxp_user_role", "user_id", "role"));
	}

}
