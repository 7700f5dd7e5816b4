package org.gxpbridge.controls.process;

import static org.gxpbridge.controls.DocumentApprovalModel.*;

import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.controls.ControlledDocument;
import org.gxpbridge.controls.ControlledDocuments;
import org.gxpbridge.controls.DocumentDraft;
import org.gxpbridge.controls.DocumentDrafts;
import org.gxpbridge.controls.DocumentFile;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.documents.Evidence;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.workflow.TaskModel;
import org.springframework.stereotype.Component;

/**
 * Task_MakeDocumentEffective: the approved version enters the register of effective
 * documents with its file (the latest attached, whose SHA-256 the signatures cover), but
 * only while valid REVIEWED and APPROVED signatures cover the record as it stands
 * (DESIGN.md §6; P11-70, 820.40). Otherwise the job fails with the reason, retries, and
 * ends as an incident: the document stays non-effective until QA resolves it.
 */
@Component("makeDocumentEffectiveDelegate")
class MakeDocumentEffectiveDelegate implements JavaDelegate {

	static final List<String> REQUIRED_MEANINGS = List.of("REVIEWED", "APPROVED");

	private final ControlledDocuments documents;

	private final DocumentDrafts drafts;

	private final Documents files;

	private final Signatures signatures;

	private final TaskModel taskModel;

	MakeDocumentEffectiveDelegate(ControlledDocuments documents, DocumentDrafts drafts, Documents files,
			Signatures signatures, TaskModel taskModel) {
		this.documents = documents;
		this.drafts = drafts;
		this.files = files;
		this.signatures = signatures;
		this.taskModel = taskModel;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String pi = execution.getProcessInstanceId();
		signatures.missingForRelease(pi, REQUIRED_MEANINGS).ifPresent(reason -> {
			throw new IllegalStateException("Document " + execution.getVariable(VAR_DOCUMENT_NUMBER) + " version "
					+ execution.getVariable(VAR_VERSION) + " is not made effective: " + reason
					+ ". The signed record must be signed again (or the change reverted) before release.");
		});
		DocumentFile file = files.evidenceOf(pi)
			.stream()
			.max(Comparator.comparing(Evidence::attachedAt))
			.map(e -> new DocumentFile(e.documentId(), e.fileName(), e.sha256()))
			.orElse(null);
		ControlledDocument doc = documents.makeEffective((String) execution.getVariable(VAR_DOCUMENT_NUMBER),
				(String) execution.getVariable(VAR_VERSION), (String) execution.getVariable(VAR_TITLE),
				// the register names the initiator from engine history, not the 'author'
				// variable anyone could rewrite
				taskModel.authors(pi).stream().findFirst().orElse(null), pi,
				(String) execution.getVariable(VAR_CHANGE_SUMMARY), file);
		drafts.close(pi, DocumentDraft.APPROVED, "approved and effective");
		execution.setVariable(VAR_DOCUMENT_STATUS, doc.status());
		execution.setVariable(VAR_EFFECTIVE_AT, doc.effectiveAt().toString());
		execution.setVariable(VAR_NEXT_REVIEW_AT, Date.from(doc.nextReviewAt()));
	}

}
