package org.gxpbridge.security;

/**
 * Result of checking a user id and password. Every check is counted: a wrong password
 * moves the account toward lockout whatever the channel (login, engine, signature).
 *
 * @param passwordChangeRequired true after an admin reset or when the password is older
 * than the maximum age (P11-300b): the user may then do nothing but change it
 */
public record AuthenticationOutcome(Result result, Account account, String message, boolean passwordChangeRequired) {

	public enum Result {

		SUCCESS, BAD_CREDENTIALS, LOCKED, INACTIVE

	}

	public boolean succeeded() {
		return result == Result.SUCCESS;
	}
}
