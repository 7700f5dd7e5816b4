package org.gxpbridge.documents.internal;

import java.util.List;

import org.gxpbridge.shared.SealedRecordTable;
import org.gxpbridge.shared.SealedRecordTables;
import org.springframework.stereotype.Component;

/**
 * A stored document with its bytes, sealed at upload, and each evidence link, sealed when
 * it was attached.
 */
@Component
class DocumentTables implements SealedRecordTables {

	@Override
	public List<SealedRecordTable> sealedTables() {
		return List.of(sealedDocument(), sealedEvidenceLink());
	}

	private static SealedRecordTable sealedDocument() {
		// the stored hash sits beside the bytes: both are digested, and the bytes' own
		// SHA-256 sealed at upload
		return SealedRecordTable.of("gxp_document", "d.id",
				"gxp_document d left join gxp_document_content c on c.document_id = d.id",
				"d.version, d.supersedes_id, d.title, d.kind, d.file_name, d.media_type, d.size_bytes, d.sha256, "
						+ "d.page_count, d.language, d.author, d.extracted_text, d.text_sha256, d.uploaded_by, "
						+ "d.uploaded_at, c.content",
				e -> "DOCUMENT_UPLOADED".equals(e.action()) ? e.objectId() : null);
	}

	private static SealedRecordTable sealedEvidenceLink() {
		// the entry names document and process instance, not the link's id: the newest
		// link of the two is the one just made
		return SealedRecordTable
			.of("gxp_document_attachment", "cast(a.id as varchar(20))", "gxp_document_attachment a",
					"a.document_id, a.process_instance_id, a.task_id, a.attached_by, a.attached_at", e -> null)
			.lookedUp(
					"select cast(max(id) as varchar(20)) from gxp_document_attachment where document_id = ? "
							+ "and process_instance_id = ?",
					e -> "EVIDENCE_ATTACHED".equals(e.action()) ? new Object[] { e.objectId(), e.processInstanceId() }
							: null);
	}

}
