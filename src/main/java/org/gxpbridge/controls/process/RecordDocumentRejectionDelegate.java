package org.gxpbridge.controls.process;

import static org.gxpbridge.controls.DocumentApprovalModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.controls.DocumentDraft;
import org.gxpbridge.controls.DocumentDrafts;
import org.springframework.stereotype.Component;

/** Task_RecordRejection: the draft is marked rejected with the signer's comment. */
@Component("recordDocumentRejectionDelegate")
class RecordDocumentRejectionDelegate implements JavaDelegate {

	private final DocumentDrafts drafts;

	RecordDocumentRejectionDelegate(DocumentDrafts drafts) {
		this.drafts = drafts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object comment = REVIEW_REJECTED.equals(execution.getVariable(VAR_REVIEW_OUTCOME))
				? execution.getVariable(VAR_REVIEW_COMMENT) : execution.getVariable(VAR_APPROVAL_COMMENT);
		drafts.close(execution.getProcessInstanceId(), DocumentDraft.REJECTED,
				comment == null ? "rejected" : comment.toString());
	}

}
