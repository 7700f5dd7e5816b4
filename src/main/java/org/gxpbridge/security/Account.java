package org.gxpbridge.security;

import java.time.Instant;
import java.util.Set;

/**
 * A person's account as the rest of the server sees it; the password hash never leaves
 * the module.
 */
public record Account(String userId, String fullName, String email, Set<Role> roles, AccountStatus status,
		int failedAttempts, Instant passwordChangedAt, boolean mustChangePassword, Instant validUntil,
		Instant createdAt, String createdBy, Instant lastLoginAt) {

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	public boolean isActiveAt(Instant now) {
		return status == AccountStatus.ACTIVE && (validUntil == null || now.isBefore(validUntil));
	}
}
