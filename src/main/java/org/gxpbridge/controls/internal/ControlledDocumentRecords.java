package org.gxpbridge.controls.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.gxpbridge.controls.ControlledDocument;
import org.gxpbridge.controls.ControlledDocuments;
import org.gxpbridge.controls.DocumentDrafts;
import org.gxpbridge.controls.Training;
import org.gxpbridge.shared.SignableRecord;
import org.gxpbridge.shared.SignableRecords;
import org.springframework.stereotype.Component;

/**
 * What a signature in this module's processes covers, from this module's tables: in
 * DocumentApprovalProcess the draft (number, version, title, change summary; its file's
 * SHA-256 is attached evidence), in TrainingProcess the effective version read and
 * understood, with its file's SHA-256.
 */
@Component
class ControlledDocumentRecords implements SignableRecords {

	private final DocumentDrafts drafts;

	private final ControlledDocuments register;

	private final Training training;

	ControlledDocumentRecords(DocumentDrafts drafts, ControlledDocuments register, Training training) {
		this.drafts = drafts;
		this.register = register;
		this.training = training;
	}

	@Override
	public Optional<SignableRecord> forProcessInstance(String processInstanceId) {
		var draft = drafts.find(processInstanceId);
		if (draft.isPresent()) {
			var d = draft.get();
			Map<String, Object> content = new LinkedHashMap<>();
			content.put("documentNumber", d.documentNumber());
			content.put("version", d.version());
			content.put("title", d.title());
			content.put("changeSummary", d.changeSummary() == null ? "" : d.changeSummary());
			return Optional
				.of(new SignableRecord("controlled-document-draft", d.documentNumber(), d.revision(), content));
		}
		return training.versionTrainedBy(processInstanceId).map(v -> {
			ControlledDocument doc = register.get((String) v.get("document_number"), (String) v.get("version"));
			Map<String, Object> content = new LinkedHashMap<>();
			content.put("documentNumber", doc.documentNumber());
			content.put("version", doc.version());
			content.put("title", doc.title());
			content.put("fileName", doc.fileName() == null ? "" : doc.fileName());
			content.put("fileSha256", doc.fileSha256() == null ? "" : doc.fileSha256());
			return new SignableRecord("controlled-document", doc.documentNumber(),
					register.versions(doc.documentNumber()).indexOf(doc) + 1, content);
		});
	}

}
