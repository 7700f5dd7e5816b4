package org.gxpbridge.documents;

import java.time.Instant;

/**
 * A document was accepted and stored (published in the storing transaction; for the audit
 * ledger).
 */
public record DocumentUploaded(String documentId, String sha256, String mediaType, long size, String fileName,
		String title, String supersedes, String uploadedBy, Instant uploadedAt) {
}
