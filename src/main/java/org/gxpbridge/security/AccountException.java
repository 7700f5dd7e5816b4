package org.gxpbridge.security;

import java.util.List;

import org.gxpbridge.security.internal.UserIds;
import org.gxpbridge.shared.DomainException;

/**
 * An account operation refused; nothing was changed. Each refusal names its {@link Kind}
 * and a stable code.
 */
public class AccountException extends DomainException {

	private final List<String> violations;

	private AccountException(Kind kind, String code, String message, List<String> violations) {
		super(kind, code, message);
		this.violations = List.copyOf(violations);
	}

	public static AccountException notFound(String userId) {
		return new AccountException(Kind.NOT_FOUND, "account_not_found", "No account with id '" + userId + "'",
				List.of());
	}

	/**
	 * An id that no account can have (too long, odd characters): refused before any
	 * lookup.
	 */
	public static AccountException invalidUserId() {
		return new AccountException(Kind.INVALID_INPUT, "invalid_user_id", UserIds.RULE, List.of(UserIds.RULE));
	}

	public static AccountException conflict(String message) {
		return new AccountException(Kind.CONFLICT, "account_conflict", message, List.of());
	}

	public static AccountException policy(List<String> violations) {
		return new AccountException(Kind.REFUSED_BY_RULE, "policy_violation", String.join("; ", violations),
				violations);
	}

	public static AccountException badCredentials() {
		return new AccountException(Kind.CREDENTIALS_REJECTED, "bad_credentials", "The current password is wrong",
				List.of());
	}

	public List<String> violations() {
		return violations;
	}

}
