package org.gxpbridge.documents;

import java.time.Instant;

/**
 * An upload was refused (hostile, broken or not allowed); nothing was stored.
 * {@code reason} is the API error code.
 */
public record DocumentRejected(String fileName, long size, String reason, String message, String userId,
		Instant rejectedAt) {
}
