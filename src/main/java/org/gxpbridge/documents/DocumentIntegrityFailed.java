package org.gxpbridge.documents;

import java.time.Instant;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * Stored bytes or text no longer match their SHA-256: the document was altered outside
 * the server.
 */
public record DocumentIntegrityFailed(String documentId, String part, String expectedSha256, String actualSha256,
		Instant detectedAt) implements AuditableEvent {

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts.bySystem("DOCUMENT_INTEGRITY_FAILED", "Document", documentId)
			.withChange(part, expectedSha256, actualSha256);
	}

}
