package org.gxpbridge.design;

/**
 * Element ids and variable names of {@code processes/design-review.bpmn} (issue 13 item
 * 3). ProcessModelContractTests checks that every id here exists in the model. The
 * umbrella starts it as a call activity with the programme id as business key and
 * {@link #VAR_DESIGN_ITEM_ID} as input.
 */
public final class DesignReviewModel {

	public static final String PROCESS_KEY = "DesignReviewProcess";

	public static final String START_REQUESTED = "StartEvent_DesignReviewRequested";

	/**
	 * Binds the review record to the instance; refuses an unknown item or a second
	 * review.
	 */
	public static final String TASK_OPEN_REVIEW = "Task_OpenDesignReview";

	/** The design team completes the design inputs (designers of the item only). */
	public static final String TASK_SUBMIT_INPUTS = "Task_SubmitDesignInputs";

	/** The independent reviewer records findings per input and the outcome. */
	public static final String TASK_REVIEW = "Task_ReviewDesign";

	public static final String GATEWAY_OUTCOME = "Gateway_ReviewOutcome";

	public static final String FLOW_REWORK = "Flow_Rework";

	public static final String FLOW_APPROVE = "Flow_Approve";

	/** Signing step, meaning APPROVED, over the review record. */
	public static final String TASK_APPROVE = "Task_ApproveDesignReview";

	/** Release: uses Signatures.missingForRelease. */
	public static final String TASK_RELEASE = "Task_ReleaseDesignReview";

	public static final String END_APPROVED = "EndEvent_DesignApproved";

	/** Input: the design item under review (DI-n). */
	public static final String VAR_DESIGN_ITEM_ID = "designItemId";

	/** Written by the server: the review record (DR-n). */
	public static final String VAR_REVIEW_ID = "designReviewId";

	/** Design team's note when submitting the inputs. */
	public static final String VAR_INPUTS_NOTE = "designInputsNote";

	/** Reviewer's findings per input. */
	public static final String VAR_FINDING_REQUIREMENTS = "findingRequirements";

	public static final String VAR_FINDING_THREAT_MODEL = "findingThreatModel";

	public static final String VAR_FINDING_RISK_ASSESSMENT = "findingRiskAssessment";

	public static final String VAR_FINDING_VERIFICATIONS = "findingVerifications";

	/** One line per open gap: {@code <gap key>: <justification>}. */
	public static final String VAR_GAP_JUSTIFICATIONS = "gapJustifications";

	/** {@value #OUTCOME_APPROVE} or {@value #OUTCOME_REWORK}. */
	public static final String VAR_OUTCOME = "reviewOutcome";

	public static final String OUTCOME_APPROVE = "approve";

	public static final String OUTCOME_REWORK = "rework";

	/** Written by the server on the review and approval steps: the record to read. */
	public static final String VAR_SUMMARY = "designReviewSummary";

	public static final String VAR_APPROVAL_COMMENT = "approvalComment";

	private DesignReviewModel() {
	}

}
