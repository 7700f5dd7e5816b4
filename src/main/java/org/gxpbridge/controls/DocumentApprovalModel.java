package org.gxpbridge.controls;

/**
 * Element ids and variable names of {@code processes/document-approval.bpmn}: the
 * controlled-document lifecycle, draft, review, signed approval, effective (superseding
 * the version before), training, periodic review after
 * {@code gxp.controls.periodic-review}, then kept effective, revised (through review and
 * approval again) or retired, signed. ProcessModelContractTests checks that every id here
 * exists in the model.
 */
public final class DocumentApprovalModel {

	public static final String PROCESS_KEY = "DocumentApprovalProcess";

	public static final String START_SUBMITTED = "StartEvent_DocumentSubmitted";

	public static final String TASK_REGISTER_DRAFT = "Task_RegisterDraft";

	public static final String TASK_REVIEW = "Task_ReviewDocument";

	public static final String TASK_REVISE = "Task_ReviseDocument";

	public static final String TASK_APPROVE = "Task_ApproveDocument";

	public static final String TASK_MAKE_EFFECTIVE = "Task_MakeDocumentEffective";

	public static final String TASK_RECORD_REJECTION = "Task_RecordRejection";

	public static final String TASK_START_TRAINING = "Task_StartTraining";

	public static final String TIMER_PERIODIC_REVIEW = "Timer_PeriodicReviewDue";

	public static final String TASK_PERIODIC_REVIEW = "Task_PeriodicReview";

	public static final String GATEWAY_PERIODIC_REVIEW_OUTCOME = "Gateway_PeriodicReviewOutcome";

	public static final String TASK_KEEP_EFFECTIVE = "Task_KeepEffective";

	public static final String TASK_RETIRE = "Task_RetireDocument";

	public static final String GATEWAY_REVIEW_OUTCOME = "Gateway_ReviewOutcome";

	public static final String GATEWAY_APPROVAL_OUTCOME = "Gateway_ApprovalOutcome";

	public static final String END_RETIRED = "EndEvent_DocumentRetired";

	public static final String END_REJECTED = "EndEvent_DocumentRejected";

	/** Variables (names as in the forms). */
	public static final String VAR_DOCUMENT_NUMBER = "documentNumber";

	public static final String VAR_TITLE = "documentTitle";

	public static final String VAR_VERSION = "documentVersion";

	public static final String VAR_CHANGE_SUMMARY = "changeSummary";

	public static final String VAR_AUTHOR = "author";

	public static final String VAR_REVIEW_OUTCOME = "reviewOutcome";

	public static final String VAR_REVIEW_COMMENT = "reviewComment";

	public static final String VAR_APPROVAL_OUTCOME = "approvalOutcome";

	public static final String VAR_APPROVAL_COMMENT = "approvalComment";

	public static final String VAR_DOCUMENT_STATUS = "documentStatus";

	public static final String VAR_EFFECTIVE_AT = "effectiveAt";

	/**
	 * When the effective version is due for periodic review (a date, from the register).
	 */
	public static final String VAR_NEXT_REVIEW_AT = "nextReviewAt";

	public static final String VAR_PERIODIC_REVIEW_OUTCOME = "periodicReviewOutcome";

	public static final String VAR_PERIODIC_REVIEW_COMMENT = "periodicReviewComment";

	/** The id of the training instance started when the version became effective. */
	public static final String VAR_TRAINING_INSTANCE = "trainingProcessInstanceId";

	/**
	 * Start form field: the document's file, uploaded through the documents module and
	 * attached to the instance as evidence.
	 */
	public static final String FIELD_DOCUMENT_FILE = "documentFile";

	/** Values of {@link #VAR_PERIODIC_REVIEW_OUTCOME}. */
	public static final String PERIODIC_KEEP = "KEEP";

	public static final String PERIODIC_REVISE = "REVISE";

	public static final String PERIODIC_RETIRE = "RETIRE";

	/** Values of {@link #VAR_REVIEW_OUTCOME}. */
	public static final String REVIEW_ACCEPTED = "ACCEPTED";

	public static final String REVIEW_CHANGES_REQUESTED = "CHANGES_REQUESTED";

	public static final String REVIEW_REJECTED = "REJECTED";

	/** Values of {@link #VAR_APPROVAL_OUTCOME}. */
	public static final String APPROVAL_APPROVED = "APPROVED";

	public static final String APPROVAL_REJECTED = "REJECTED";

	private DocumentApprovalModel() {
	}

}
