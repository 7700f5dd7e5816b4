package org.gxpbridge.modeling;

/**
 * Element ids and variable names of {@code processes/model-change.bpmn} (issue 14 item
 * 4): the only way a process, decision or form reaches the engine.
 * ProcessModelContractTests checks that every id here exists in the model.
 */
public final class ModelChangeModel {

	public static final String PROCESS_KEY = "ModelChangeProcess";

	public static final String START_SUBMITTED = "StartEvent_ModelChangeSubmitted";

	/** Binds the change record MC-n to the instance (inside the start command). */
	public static final String TASK_OPEN_CHANGE = "Task_OpenModelChange";

	/** Automatic validation of the draft version (asyncBefore). */
	public static final String TASK_VALIDATE = "Task_ValidateModelDraft";

	public static final String GATEWAY_VALID = "Gateway_DraftValid";

	public static final String FLOW_VALID = "Flow_DraftValid";

	public static final String FLOW_INVALID = "Flow_DraftInvalid";

	/**
	 * The author revises the draft (problems or QA's rejection) and resubmits or
	 * withdraws.
	 */
	public static final String TASK_REVISE = "Task_ReviseModelDraft";

	public static final String GATEWAY_REVISION = "Gateway_RevisionOutcome";

	public static final String FLOW_RESUBMIT = "Flow_Resubmit";

	public static final String FLOW_WITHDRAW = "Flow_Withdraw";

	/** QA reviews the change with its diff (QUALITY_MANAGER, never the author). */
	public static final String TASK_REVIEW = "Task_ReviewModelChange";

	public static final String GATEWAY_REVIEW = "Gateway_ReviewOutcome";

	public static final String FLOW_APPROVE = "Flow_ReviewApproved";

	public static final String FLOW_REJECT = "Flow_ReviewRejected";

	/** Signing step, meaning APPROVED, over the change record (never the author). */
	public static final String TASK_APPROVE = "Task_ApproveModelChange";

	/** Deploys under a valid APPROVED signature (asyncBefore). */
	public static final String TASK_DEPLOY = "Task_DeployModelChange";

	public static final String END_DEPLOYED = "EndEvent_ModelDeployed";

	public static final String END_WITHDRAWN = "EndEvent_ModelChangeWithdrawn";

	/** Input: the draft (MD-n) whose latest version is submitted. */
	public static final String VAR_DRAFT_ID = "modelDraftId";

	/** Input: why the model changes. */
	public static final String VAR_REASON = "changeReason";

	/** Written by the server: the change record (MC-n). */
	public static final String VAR_CHANGE_ID = "modelChangeId";

	public static final String VAR_DRAFT_VERSION = "modelDraftVersion";

	public static final String VAR_MODEL_KIND = "modelKind";

	public static final String VAR_MODEL_KEY = "modelKey";

	/** Written by the validation step; the gateway branches on it. */
	public static final String VAR_VALID = "modelValid";

	public static final String VAR_PROBLEMS = "validationProblems";

	/** The modeler's diff page of the draft (shown on the review task). */
	public static final String VAR_DIFF_LINK = "modelDiffLink";

	/**
	 * The unified diff (shortened to what a variable holds; the full one is behind the
	 * link).
	 */
	public static final String VAR_UNIFIED_DIFF = "modelUnifiedDiff";

	/** {@value #OUTCOME_APPROVE} or {@value #OUTCOME_REJECT}. */
	public static final String VAR_REVIEW_OUTCOME = "reviewOutcome";

	public static final String VAR_REVIEW_COMMENT = "reviewComment";

	public static final String OUTCOME_APPROVE = "approve";

	public static final String OUTCOME_REJECT = "reject";

	/** {@value #REVISION_RESUBMIT} or {@value #REVISION_WITHDRAW}. */
	public static final String VAR_REVISION_OUTCOME = "revisionOutcome";

	public static final String VAR_REVISION_NOTE = "revisionNote";

	public static final String REVISION_RESUBMIT = "resubmit";

	public static final String REVISION_WITHDRAW = "withdraw";

	public static final String VAR_APPROVAL_COMMENT = "approvalComment";

	/** Written by the deploy step. */
	public static final String VAR_DEPLOYMENT_ID = "modelDeploymentId";

	private ModelChangeModel() {
	}

}
