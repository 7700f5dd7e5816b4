package org.gxpbridge.controls.process;

import static org.gxpbridge.controls.DocumentApprovalModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.controls.DocumentDrafts;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.workflow.Actor;
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

	/** A document's first issue when the submission names no version. */
	static final String FIRST_VERSION = "1";

	@Override
	public void execute(DelegateExecution execution) {
		// the business key of a document approval is the document's number unless the
		// form names one
		String number = text(execution.getVariable(VAR_DOCUMENT_NUMBER), execution.getProcessBusinessKey());
		String title = text(execution.getVariable(VAR_TITLE), null);
		if (number == null || title == null) {
			// thrown inside the start command: nothing of the instance is stored
			throw new InvalidInputException("document_fields_missing",
					"A controlled document is submitted with its number (documentNumber or the business key) and its title (documentTitle); missing: "
							+ (number == null ? VAR_DOCUMENT_NUMBER + (title == null ? ", " : "") : "")
							+ (title == null ? VAR_TITLE : ""));
		}
		String version = text(execution.getVariable(VAR_VERSION), FIRST_VERSION);
		execution.setVariable(VAR_DOCUMENT_NUMBER, number);
		execution.setVariable(VAR_VERSION, version);
		drafts.submit(execution.getProcessInstanceId(), number, version, title,
				(String) execution.getVariable(VAR_CHANGE_SUMMARY), submitter(execution));
	}

	/**
	 * Who submits, from the engine, never the 'author' variable: the authenticated user
	 * of the start or resubmission command; engine history (the start user, authoring
	 * steps) when the step runs without one. History holds the start user only once the
	 * start command has flushed, so it cannot answer during the start itself.
	 */
	private String submitter(DelegateExecution execution) {
		String user = Actor.current(execution);
		if (user != null) {
			return user;
		}
		return taskModel.authors(execution.getProcessInstanceId()).stream().findFirst().orElse("system");
	}

	private static String text(Object value, String otherwise) {
		return value instanceof String s && !s.isBlank() ? s.strip() : otherwise;
	}

}
