package org.gxpbridge.documents;

import java.time.Instant;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * Someone read a document's original bytes or its extracted text: an export the audit
 * trail records.
 */
public record DocumentDownloaded(String documentId, String sha256, String representation, String userId,
		Instant downloadedAt) implements AuditableEvent {

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts.of(userId, "DOCUMENT_EXPORTED", "Document", documentId)
			.withChange("representation", null, representation)
			.withContentHash(sha256);
	}

}
