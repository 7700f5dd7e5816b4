package org.gxpbridge.controls;

import java.time.Instant;

/**
 * A member of a role under review. {@code decision} is null while open, then CONFIRMED,
 * REMOVED (the role was revoked) or DISABLED_UNUSED (the server deactivated an account
 * unused for the set number of days); {@code decidedBy} is "system" for the last.
 */
public record AccessReviewLine(String role, String userId, String fullName, Instant lastUsedAt, String decision,
		String decidedBy, Instant decidedAt, String reason) {

	public static final String CONFIRMED = "CONFIRMED";

	public static final String REMOVED = "REMOVED";

	public static final String DISABLED_UNUSED = "DISABLED_UNUSED";

}
