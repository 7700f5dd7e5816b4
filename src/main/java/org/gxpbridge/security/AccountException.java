package org.gxpbridge.security;

import java.util.List;

import org.gxpbridge.security.internal.UserIds;
import org.gxpbridge.shared.ProblemException;

/** An account operation refused; nothing was changed. */
public class AccountException extends ProblemException {

	private final List<String> violations;

	private AccountException(int status, String code, String message, List<String> violations) {
		super(status, code, message);
		this.violations = List.copyOf(violations);
	}

	public static AccountException notFound(String userId) {
		return new AccountException(404, "account_not_found", "No account with id '" + userId + "'", List.of());
	}

	/**
	 * An id that no account can have (too long, odd characters): refused before any
	 * lookup.
	 */
	public static AccountException invalidUserId() {
		return new AccountException(400, "invalid_user_id", UserIds.RULE, List.of(UserIds.RULE));
	}

	public static AccountException conflict(String message) {
		return new AccountException(409, "account_conflict", message, List.of());
	}

	public static AccountException policy(List<String> violations) {
		return new AccountException(422, "policy_violation", String.join("; ", violations), violations);
	}

	public static AccountException badCredentials() {
		return new AccountException(401, "bad_credentials", "The current password is wrong", List.of());
	}

	public List<String> violations() {
		return violations;
	}

}
