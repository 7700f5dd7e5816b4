package org.gxpbridge.security.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.gxpbridge.security.Access;
import org.gxpbridge.security.Account;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.NewAccount;
import org.gxpbridge.security.Role;
import org.gxpbridge.shared.ReasonForChange;
import org.gxpbridge.shared.ReasonRequiredException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * User administration for ADMIN (joiner, mover, leaver). Admins manage accounts; they
 * approve nothing. Every change of an existing account (roles, access period, unlock,
 * reset, deactivation) needs a reason for change (EU Annex 11 §9), as on the pages: the
 * body's {@code reason} or the {@code X-GxP-Reason} header; without one it is refused
 * (422 {@code reason_required}) and with one the reason lands in the account's
 * audit-trail entry.
 */
@RestController
@RequestMapping("/api/admin/users")
@Access.Admin
class AdminUsersApi {

	record CreateUser(@NotBlank String userId, @NotBlank String fullName, @NotBlank String email,
			@NotEmpty Set<Role> roles, @NotBlank String initialPassword, Instant validUntil) {
	}

	record PasswordReset(@NotBlank String temporaryPassword, String reason) {
	}

	record RoleChange(@NotEmpty Set<Role> roles, String reason) {
	}

	/** An empty {@code validUntil} means no end of access. */
	record AccessPeriodChange(Instant validUntil, String reason) {
	}

	record Reason(String reason) {
	}

	private final Accounts accounts;

	AdminUsersApi(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	List<Account> list() {
		return accounts.all();
	}

	@GetMapping("/{userId}")
	Account get(@PathVariable String userId) {
		return accounts.get(userId);
	}

	/** The new user must change the initial password at first login. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Account create(@Valid @RequestBody CreateUser body, Authentication auth) {
		return accounts.create(new NewAccount(body.userId(), body.fullName(), body.email(), body.roles(),
				body.initialPassword(), body.validUntil()), auth.getName());
	}

	@PostMapping("/{userId}/unlock")
	Map<String, String> unlock(@PathVariable String userId, @RequestBody(required = false) Reason body,
			Authentication auth) {
		withReason(body == null ? null : body.reason(), () -> {
			accounts.unlock(userId, auth.getName());
			return null;
		});
		return Map.of("status", "unlocked");
	}

	@PostMapping("/{userId}/deactivate")
	Map<String, String> deactivate(@PathVariable String userId, @RequestBody(required = false) Reason body,
			Authentication auth) {
		withReason(body == null ? null : body.reason(), () -> {
			accounts.deactivate(userId, auth.getName());
			return null;
		});
		return Map.of("status", "deactivated");
	}

	@PostMapping("/{userId}/password-reset")
	Map<String, String> reset(@PathVariable String userId, @Valid @RequestBody PasswordReset body,
			Authentication auth) {
		withReason(body.reason(), () -> {
			accounts.resetPassword(userId, body.temporaryPassword(), auth.getName());
			return null;
		});
		return Map.of("status", "reset", "message", "The user must change this temporary password at the next login");
	}

	@PutMapping("/{userId}/roles")
	Account roles(@PathVariable String userId, @Valid @RequestBody RoleChange body, Authentication auth) {
		return withReason(body.reason(), () -> accounts.changeRoles(userId, body.roles(), auth.getName()));
	}

	@PutMapping("/{userId}/access-period")
	Account accessPeriod(@PathVariable String userId, @RequestBody AccessPeriodChange body, Authentication auth) {
		return withReason(body.reason(), () -> accounts.changeAccessPeriod(userId, body.validUntil(), auth.getName()));
	}

	/**
	 * The body's reason, else the X-GxP-Reason header; refused before the account is
	 * touched when neither is given.
	 */
	private static <T> T withReason(String given, Supplier<T> work) {
		String reason = given != null && !given.isBlank() ? given.strip() : ReasonForChange.current().orElse(null);
		if (reason == null) {
			throw new ReasonRequiredException("Give the reason for this account change in \"reason\" or the "
					+ ReasonForChange.HEADER + " header (EU Annex 11 §9)");
		}
		return ReasonForChange.withReason(reason, work);
	}

}
