package org.gxpbridge.documents;

import java.time.Instant;

/**
 * Stored bytes or text no longer match their SHA-256: the document was altered outside
 * the server.
 */
public record DocumentIntegrityFailed(String documentId, String part, String expectedSha256, String actualSha256,
		Instant detectedAt) {
}
