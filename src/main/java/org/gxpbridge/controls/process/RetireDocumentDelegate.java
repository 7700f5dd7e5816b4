package org.gxpbridge.controls.process;

import static org.gxpbridge.controls.DocumentApprovalModel.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.controls.ControlledDocuments;
import org.gxpbridge.signature.Signatures;
import org.springframework.stereotype.Component;

/**
 * Task_RetireDocument: the version is marked retired (it stays readable in the register),
 * only while a valid RESPONSIBLE signature covers the periodic review's decision.
 */
@Component("retireDocumentDelegate")
class RetireDocumentDelegate implements JavaDelegate {

	private final ControlledDocuments documents;

	private final Signatures signatures;

	RetireDocumentDelegate(ControlledDocuments documents, Signatures signatures) {
		this.documents = documents;
		this.signatures = signatures;
	}

	@Override
	public void execute(DelegateExecution execution) {
		signatures.missingForRelease(execution.getProcessInstanceId(), List.of("RESPONSIBLE")).ifPresent(reason -> {
			throw new IllegalStateException("Document " + execution.getVariable(VAR_DOCUMENT_NUMBER)
					+ " is not retired: " + reason + ". The periodic review must be signed again.");
		});
		documents.retire((String) execution.getVariable(VAR_DOCUMENT_NUMBER),
				(String) execution.getVariable(VAR_VERSION), null,
				"retired at periodic review: " + execution.getVariable(VAR_PERIODIC_REVIEW_COMMENT));
	}

}
