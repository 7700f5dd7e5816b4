package org.gxpbridge.dossier;

import java.time.Instant;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * Someone was handed a dossier (11.10(b), CHK-17): who, which record, which form
 * ({@code html}, {@code pdf}, {@code csv}, {@code json}, or {@code page} for the dossier
 * viewed in the browser) and the SHA-256 of the bytes handed out, computed while they
 * streamed.
 */
public record DossierExported(String processInstanceId, String businessKey, String representation, String sha256,
		long bytes, String userId, Instant exportedAt) implements AuditableEvent {

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts
			.of(userId, "page".equals(representation) ? "DOSSIER_VIEWED" : "DOSSIER_EXPORTED", "ProcessInstance",
					processInstanceId)
			.withRecord(processInstanceId, businessKey)
			.withChange("representation", null, representation + ", " + bytes + " bytes")
			.withContentHash(sha256);
	}

}
