package org.gxpbridge.shared;

import java.time.Instant;
import java.util.Map;

/**
 * The body of every error response of {@code /api/**}: what went wrong, in words a user
 * can act on.
 */
public record ApiError(Instant timestamp, int status, String error, String message, String path,
		Map<String, String> fieldErrors) {

	public static ApiError of(int status, String error, String message, String path) {
		return new ApiError(Instant.now(), status, error, message, path, Map.of());
	}
}
