package org.gxpbridge.signature;

import java.util.Set;
import java.util.UUID;

import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.NewAccount;
import org.gxpbridge.security.Role;
import org.gxpbridge.support.Http;

/**
 * Fresh people for tests that rename, lock or reset an account, so the shared demo users
 * stay untouched.
 */
final class TestSigners {

	private TestSigners() {
	}

	static String newReviewer(Accounts accounts, String fullName) {
		String id = "rev-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.createSeedAccount(
				new NewAccount(id, fullName, id + "@gxp-bridge.test", Set.of(Role.REVIEWER), Http.DEMO_PASSWORD, null),
				false, false);
		return id;
	}

}
