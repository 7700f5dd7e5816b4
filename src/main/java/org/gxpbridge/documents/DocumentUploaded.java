package org.gxpbridge.documents;

import java.time.Instant;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * A document was accepted and stored (published in the storing transaction; for the audit
 * ledger).
 */
public record DocumentUploaded(String documentId, String sha256, String mediaType, long size, String fileName,
		String title, String supersedes, String uploadedBy, Instant uploadedAt) implements AuditableEvent {

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts.of(uploadedBy, "DOCUMENT_UPLOADED", "Document", documentId)
			.withChange("content", supersedes == null ? null : "supersedes " + supersedes,
					fileName + " (" + mediaType + ", " + size + " bytes)")
			.withContentHash(sha256);
	}

}
