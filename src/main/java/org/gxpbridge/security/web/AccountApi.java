package org.gxpbridge.security.web;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.gxpbridge.security.Access;
import org.gxpbridge.security.Account;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.Role;
import org.gxpbridge.security.SecuritySettings;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own account: who am I, and change my password (the only thing allowed
 * while a change is due).
 */
@RestController
@RequestMapping("/api/account")
@Access.SignedIn
class AccountApi {

	record Me(String userId, String fullName, String email, Set<Role> roles, boolean passwordChangeRequired,
			Instant passwordExpiresAt) {
	}

	record PasswordChange(@NotBlank String currentPassword, @NotBlank String newPassword) {
	}

	private final Accounts accounts;

	private final SecuritySettings settings;

	AccountApi(Accounts accounts, SecuritySettings settings) {
		this.accounts = accounts;
		this.settings = settings;
	}

	@GetMapping
	Me me(Authentication auth) {
		Account a = accounts.get(auth.getName());
		boolean restricted = auth.getAuthorities().stream().noneMatch(g -> g.getAuthority().startsWith("ROLE_"));
		return new Me(a.userId(), a.fullName(), a.email(), a.roles(), restricted,
				a.passwordChangedAt().plus(settings.passwordMaxAge()));
	}

	@PostMapping("/password")
	Map<String, String> changePassword(@Valid @RequestBody PasswordChange body, Authentication auth,
			HttpServletRequest request) {
		accounts.changePassword(auth.getName(), body.currentPassword(), body.newPassword(), request.getRemoteAddr());
		return Map.of("status", "changed", "message", "Password changed; sign in again with the new password");
	}

}
