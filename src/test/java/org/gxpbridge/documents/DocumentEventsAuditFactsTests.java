package org.gxpbridge.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;

/**
 * The audit facts the documents module's events carry: the texts an inspector reads in
 * the ledger and verification hashes (P11-10e), unchanged since the audit trail stopped
 * knowing this module.
 */
@Verifies({ "P11-10e", "CHK-01" })
class DocumentEventsAuditFactsTests {

	static final String SHA = "ab".repeat(32);

	static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");

	@Test
	void anUploadNamesTheFileItsTypeSizeAndTheVersionItSupersedes() {
		assertThat(new DocumentUploaded("doc-2", SHA, "application/pdf", 1234, "sop.pdf", "SOP", "doc-1", "author", AT)
			.auditFacts())
			.isEqualTo(new AuditFacts("author", "DOCUMENT_UPLOADED", "Document", "doc-2", null, null, "content",
					"supersedes doc-1", "sop.pdf (application/pdf, 1234 bytes)", null, SHA));
		assertThat(new DocumentUploaded("doc-1", SHA, "text/plain", 5, "a.txt", "A", null, "author", AT).auditFacts()
			.oldValue()).isNull();
	}

	@Test
	void evidenceNamesTheTaskOrElseTheProcessInstanceItIsAttachedTo() {
		assertThat(new EvidenceAttached("doc-1", SHA, "pi-1", "task-1", "reviewer", AT).auditFacts())
			.isEqualTo(new AuditFacts("reviewer", "EVIDENCE_ATTACHED", "Document", "doc-1", "pi-1", null, "attachedTo",
					null, "task task-1", null, SHA));
		assertThat(new EvidenceAttached("doc-1", SHA, "pi-1", null, "reviewer", AT).auditFacts().newValue())
			.isEqualTo("pi-1");
	}

	@Test
	void aDownloadIsAnExportOfOneRepresentation() {
		assertThat(new DocumentDownloaded("doc-1", SHA, "text", "inspector", AT).auditFacts())
			.isEqualTo(new AuditFacts("inspector", "DOCUMENT_EXPORTED", "Document", "doc-1", null, null,
					"representation", null, "text", null, SHA));
	}

	@Test
	void aRefusedUploadNamesTheFileAndTheErrorCode() {
		assertThat(new DocumentRejected("evil.exe", 10, "media_type_not_allowed", "not allowed", "author", AT)
			.auditFacts())
			.isEqualTo(new AuditFacts("author", "DOCUMENT_REJECTED", "Upload", "evil.exe", null, null, "reason", null,
					"media_type_not_allowed: not allowed", null, null));
	}

	@Test
	void anIntegrityFailureIsTheServersFindingWithExpectedAndActualHash() {
		assertThat(new DocumentIntegrityFailed("doc-1", "content", SHA, "cd".repeat(32), AT).auditFacts())
			.isEqualTo(new AuditFacts(null, "DOCUMENT_INTEGRITY_FAILED", "Document", "doc-1", null, null, "content",
					SHA, "cd".repeat(32), null, null));
	}

}
