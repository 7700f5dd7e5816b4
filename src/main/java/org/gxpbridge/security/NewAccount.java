package org.gxpbridge.security;

import java.time.Instant;
import java.util.Set;

/**
 * What an administrator supplies to open an account; {@code validUntil} time-boxes e.g.
 * an inspector.
 */
public record NewAccount(String userId, String fullName, String email, Set<Role> roles, String initialPassword,
		Instant validUntil) {
}
