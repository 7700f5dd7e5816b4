package org.gxpbridge.controls.process;

import static org.gxpbridge.controls.DocumentApprovalModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.controls.DocumentDrafts;
import org.gxpbridge.workflow.TaskModel;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterDraft: the submitted or resubmitted version becomes the draft record its
 * review and approval signatures cover, bound to this instance in the module's table.
 */
@Component("registerDocumentDraftDelegate")
class RegisterDocumentDraftDelegate implements JavaDelegate {

	private final DocumentDrafts drafts;

	private final TaskModel taskModel;

	RegisterDocumentDraftDelegate(DocumentDrafts drafts, TaskModel taskModel) {
		this.drafts = drafts;
		this.taskModel = taskModel;
	}

	@Override
	public void execute(DelegateExecution execution) {
		drafts.submit(execution.getProcessInstanceId(), (String) execution.getVariable(VAR_DOCUMENT_NUMBER),
				(String) execution.getVariable(VAR_VERSION), (String) execution.getVariable(VAR_TITLE),
				(String) execution.getVariable(VAR_CHANGE_SUMMARY),
				// the initiator from the engine, not the 'author' variable
				taskModel.authors(execution.getProcessInstanceId()).stream().findFirst().orElse("system"));
	}

}
