package org.gxpbridge.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code gxp.security.*}: the Part 11 account controls. Defaults in application.yml. */
@ConfigurationProperties("gxp.security")
public record SecuritySettings(int maxFailedAttempts, int passwordMinLength, int passwordHistory,
		Duration passwordMaxAge, Duration idleTimeout, List<String> genericUserIds, boolean demoUsers,
		String demoPassword, InitialAdmin initialAdmin) {

	public SecuritySettings {
		genericUserIds = genericUserIds == null ? List.of() : List.copyOf(genericUserIds);
	}

	/**
	 * The first administrator of a production installation, from GXP_ADMIN_* environment
	 * variables.
	 */
	public record InitialAdmin(String userId, String password, String fullName, String email) {
	}
}
