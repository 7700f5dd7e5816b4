package org.gxpbridge.documents;

import java.time.Instant;

/**
 * Someone read a document's original bytes or its extracted text: an export the audit
 * trail records.
 */
public record DocumentDownloaded(String documentId, String sha256, String representation, String userId,
		Instant downloadedAt) {
}
