package org.gxpbridge.documents;

import java.time.Instant;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * A document became evidence of a process instance or task (published in the attaching
 * transaction).
 */
public record EvidenceAttached(String documentId, String sha256, String processInstanceId, String taskId,
		String attachedBy, Instant attachedAt) implements AuditableEvent {

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts.of(attachedBy, "EVIDENCE_ATTACHED", "Document", documentId)
			.withRecord(processInstanceId, null)
			.withChange("attachedTo", null, taskId == null ? processInstanceId : "task " + taskId)
			.withContentHash(sha256);
	}

}
