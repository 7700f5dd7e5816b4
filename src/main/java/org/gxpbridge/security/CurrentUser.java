package org.gxpbridge.security;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The user on whose behalf the current request runs, as authenticated by Spring Security.
 */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<String> id() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return Optional.of(auth.getName());
	}

	/**
	 * The id to record as actor: the user, or "system" for work the server does by
	 * itself.
	 */
	public static String idOrSystem() {
		return id().orElse("system");
	}

}
