package org.gxpbridge.security.internal;

import org.springframework.security.core.Authentication;

/**
 * Whether a session was granted only to change the password (an administrator's reset, an
 * expired password): such a user can do nothing else.
 */
public final class PasswordChange {

	private PasswordChange() {
	}

	public static boolean required(Authentication auth) {
		return auth != null && auth.getAuthorities()
			.stream()
			.anyMatch(a -> AccountAuthenticationProvider.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()));
	}

}
