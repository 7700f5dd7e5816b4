package org.gxpbridge.documents;

import java.time.Instant;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * An upload was refused (hostile, broken or not allowed); nothing was stored.
 * {@code reason} is the API error code.
 */
public record DocumentRejected(String fileName, long size, String reason, String message, String userId,
		Instant rejectedAt) implements AuditableEvent {

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts.of(userId, "DOCUMENT_REJECTED", "Upload", fileName)
			.withChange("reason", null, reason + ": " + message);
	}

}
