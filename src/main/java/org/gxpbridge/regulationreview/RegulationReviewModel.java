package org.gxpbridge.regulationreview;

/**
 * Element ids and variable names of {@code processes/regulation-review.bpmn}.
 * ProcessModelContractTests checks that every id here exists in the model. Variables
 * carry only the register's id and version and the decisions; the register's content is
 * in the regulation module's tables.
 */
public final class RegulationReviewModel {

	public static final String PROCESS_KEY = "RegulationReviewProcess";

	public static final String START_REQUESTED = "StartEvent_RegisterReviewRequested";

	public static final String TASK_OPEN_VERSION = "Task_OpenRegisterVersion";

	public static final String TASK_PROPOSE = "Task_ProposeFrameworks";

	public static final String TASK_SUBMIT = "Task_SubmitRegisterForReview";

	public static final String TASK_REVIEW = "Task_ReviewRegister";

	public static final String TASK_APPROVE = "Task_ApproveRegister";

	public static final String TASK_RELEASE = "Task_ApproveRegisterVersion";

	public static final String TASK_RETURN_TO_DRAFT = "Task_ReturnRegisterToDraft";

	public static final String TASK_WITHDRAW = "Task_WithdrawRegisterVersion";

	public static final String GATEWAY_PROPOSAL_OUTCOME = "Gateway_ProposalOutcome";

	public static final String GATEWAY_REVIEW_OUTCOME = "Gateway_ReviewOutcome";

	public static final String GATEWAY_APPROVAL_OUTCOME = "Gateway_ApprovalOutcome";

	public static final String END_APPROVED = "EndEvent_RegisterApproved";

	public static final String END_WITHDRAWN = "EndEvent_RegisterWithdrawn";

	/** Variables (names as in the forms). */
	public static final String VAR_PROPOSER = "proposer";

	public static final String VAR_INTAKE_DOCUMENT_ID = "intakeDocumentId";

	public static final String VAR_CHANGE_REASON = "changeReason";

	public static final String VAR_REGISTER_ID = "registerId";

	public static final String VAR_REGISTER_VERSION = "registerVersion";

	public static final String VAR_PROPOSAL_OUTCOME = "proposalOutcome";

	public static final String VAR_PROPOSAL_COMMENT = "proposalComment";

	public static final String VAR_REVIEW_OUTCOME = "reviewOutcome";

	public static final String VAR_REVIEW_COMMENT = "reviewComment";

	public static final String VAR_APPROVAL_OUTCOME = "approvalOutcome";

	public static final String VAR_APPROVAL_COMMENT = "approvalComment";

	/** Values of {@link #VAR_PROPOSAL_OUTCOME}. */
	public static final String PROPOSAL_SUBMITTED = "SUBMITTED";

	public static final String PROPOSAL_WITHDRAWN = "WITHDRAWN";

	/** Values of {@link #VAR_REVIEW_OUTCOME}. */
	public static final String REVIEW_ACCEPTED = "ACCEPTED";

	public static final String REVIEW_CHANGES_REQUESTED = "CHANGES_REQUESTED";

	/** Values of {@link #VAR_APPROVAL_OUTCOME}. */
	public static final String APPROVAL_APPROVED = "APPROVED";

	public static final String APPROVAL_CHANGES_REQUESTED = "CHANGES_REQUESTED";

	private RegulationReviewModel() {
	}

}
