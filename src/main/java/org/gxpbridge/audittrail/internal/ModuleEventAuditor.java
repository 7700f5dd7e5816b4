package org.gxpbridge.audittrail.internal;

import org.gxpbridge.audittrail.AuditEvent;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.controls.DocumentMadeEffective;
import org.gxpbridge.documents.DocumentDownloaded;
import org.gxpbridge.documents.DocumentIntegrityFailed;
import org.gxpbridge.documents.DocumentRejected;
import org.gxpbridge.documents.DocumentUploaded;
import org.gxpbridge.documents.EvidenceAttached;
import org.gxpbridge.signature.RecordSigned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The other modules' GxP events into the same ledger, in the transaction that published
 * them: signatures made, documents uploaded, refused, attached as evidence, read (an
 * export), or found altered, versions made effective in the register of controlled
 * documents (P11-10e, CHK-01, CHK-04).
 */
@Component
class ModuleEventAuditor {

	static final String DOCUMENT_EFFECTIVE = "DOCUMENT_EFFECTIVE";

	private final AuditLedger ledger;

	ModuleEventAuditor(AuditLedger ledger) {
		this.ledger = ledger;
	}

	@EventListener
	void on(RecordSigned e) {
		ledger.append(AuditEvent.of(e.signerId(), "SIGNATURE_MADE", "Signature", e.signatureId())
			.withProcess(e.processInstanceId(), null)
			.withChange("meaning", null,
					e.meaning() + " by " + e.printedName() + " at " + e.signedAt() + " on task " + e.taskId(), null)
			.withContentHash(e.recordDigest()));
	}

	@EventListener
	void on(DocumentUploaded e) {
		ledger.append(AuditEvent.of(e.uploadedBy(), "DOCUMENT_UPLOADED", "Document", e.documentId())
			.withChange("content", e.supersedes() == null ? null : "supersedes " + e.supersedes(),
					e.fileName() + " (" + e.mediaType() + ", " + e.size() + " bytes)", null)
			.withContentHash(e.sha256()));
	}

	@EventListener
	void on(EvidenceAttached e) {
		ledger.append(AuditEvent.of(e.attachedBy(), "EVIDENCE_ATTACHED", "Document", e.documentId())
			.withProcess(e.processInstanceId(), null)
			.withChange("attachedTo", null, e.taskId() == null ? e.processInstanceId() : "task " + e.taskId(), null)
			.withContentHash(e.sha256()));
	}

	@EventListener
	void on(DocumentDownloaded e) {
		ledger.append(AuditEvent.of(e.userId(), "DOCUMENT_EXPORTED", "Document", e.documentId())
			.withChange("representation", null, e.representation(), null)
			.withContentHash(e.sha256()));
	}

	@EventListener
	void on(DocumentRejected e) {
		ledger.append(AuditEvent.of(e.userId(), "DOCUMENT_REJECTED", "Upload", e.fileName())
			.withChange("reason", null, e.reason() + ": " + e.message(), null));
	}

	@EventListener
	void on(DocumentMadeEffective e) {
		// the approval process makes it effective, not a person: the approvals are the
		// entries before this one
		ledger.append(
				AuditEvent.of(null, DOCUMENT_EFFECTIVE, "ControlledDocument", e.documentNumber() + "/" + e.version())
					.withProcess(e.processInstanceId(), null)
					.withChange("status", null,
							"EFFECTIVE at " + e.effectiveAt() + ": " + e.title() + " by " + e.authorId(), null));
	}

	@EventListener
	void on(DocumentIntegrityFailed e) {
		ledger.append(AuditEvent.of("system", "DOCUMENT_INTEGRITY_FAILED", "Document", e.documentId())
			.withChange(e.part(), e.expectedSha256(), e.actualSha256(), null));
	}

}
