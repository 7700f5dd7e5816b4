package org.gxpbridge.signature;

import java.time.Instant;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * Published in the signing transaction: a record was signed and its task completed (for
 * the audit trail).
 */
public record RecordSigned(String signatureId, String taskId, String processInstanceId, String signerId,
		String printedName, String meaning, Instant signedAt, String recordDigest) implements AuditableEvent {

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts.of(signerId, "SIGNATURE_MADE", "Signature", signatureId)
			.withRecord(processInstanceId, null)
			.withChange("meaning", null, meaning + " by " + printedName + " at " + signedAt + " on task " + taskId)
			.withContentHash(recordDigest);
	}

}
