package org.gxpbridge.controls;

/**
 * Element ids and variable names of {@code processes/document-approval.bpmn}.
 * ProcessModelContractTests checks that every id here exists in the model.
 */
public final class DocumentApprovalModel {

	public static final String PROCESS_KEY = "DocumentApprovalProcess";

	public static final String START_SUBMITTED = "StartEvent_DocumentSubmitted";

	public static final String TASK_REVIEW = "Task_ReviewDocument";

	public static final String TASK_REVISE = "Task_ReviseDocument";

	public static final String TASK_APPROVE = "Task_ApproveDocument";

	public static final String TASK_MAKE_EFFECTIVE = "Task_MakeDocumentEffective";

	public static final String GATEWAY_REVIEW_OUTCOME = "Gateway_ReviewOutcome";

	public static final String GATEWAY_APPROVAL_OUTCOME = "Gateway_ApprovalOutcome";

	public static final String END_EFFECTIVE = "EndEvent_DocumentEffective";

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
