package org.gxpbridge.controls.process;

import static org.gxpbridge.controls.DocumentApprovalModel.*;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.controls.ControlledDocuments;
import org.springframework.stereotype.Component;

/**
 * Task_KeepEffective: the periodic review kept the version effective; the register gives
 * the date of the next review, which the timer waits for.
 */
@Component("keepDocumentEffectiveDelegate")
class KeepDocumentEffectiveDelegate implements JavaDelegate {

	private final ControlledDocuments documents;

	KeepDocumentEffectiveDelegate(ControlledDocuments documents) {
		this.documents = documents;
	}

	@Override
	public void execute(DelegateExecution execution) {
		var doc = documents.keepEffective((String) execution.getVariable(VAR_DOCUMENT_NUMBER),
				(String) execution.getVariable(VAR_VERSION), null,
				"periodic review: " + execution.getVariable(VAR_PERIODIC_REVIEW_COMMENT));
		execution.setVariable(VAR_NEXT_REVIEW_AT, Date.from(doc.nextReviewAt()));
	}

}
