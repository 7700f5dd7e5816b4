package org.gxpbridge.gap;

/**
 * Element ids and variable names of {@code processes/gap-analysis.bpmn} and the decision
 * key of {@code dmn/gap-action-priority.dmn}. ProcessModelContractTests checks that every
 * id here exists in the model.
 */
public final class GapAnalysisModel {

	public static final String PROCESS_KEY = "GapAnalysisProcess";

	public static final String DECISION_KEY = "GapActionPriorityDecision";

	public static final String START_REQUESTED = "StartEvent_GapAnalysisRequested";

	public static final String TASK_OPEN_ASSESSMENT = "Task_OpenAssessment";

	public static final String TASK_ASSESS = "Task_AssessRequirements";

	public static final String TASK_PROPOSE_ACTIONS = "Task_ProposeActions";

	public static final String TASK_PLAN_ACTIONS = "Task_PlanActions";

	public static final String TASK_APPROVE = "Task_ApproveGapReport";

	public static final String TASK_TRACK_ACTIONS = "Task_TrackActions";

	public static final String GATEWAY_APPROVAL_OUTCOME = "Gateway_ApprovalOutcome";

	public static final String END_APPROVED = "EndEvent_GapReportApproved";

	/** Variables (names as in the forms). */
	public static final String VAR_ASSESSMENT_ID = "assessmentId";

	public static final String VAR_TITLE = "assessmentTitle";

	/**
	 * Comma-separated catalogue ids given at the start; empty means the frameworks of the
	 * approved applicability register.
	 */
	public static final String VAR_FRAMEWORK_IDS = "frameworkIds";

	/** The framework one instance of the multi-instance assessment task works on. */
	public static final String VAR_FRAMEWORK_ID = "frameworkId";

	public static final String VAR_VERSION = "assessmentVersion";

	public static final String VAR_WORKSHEET_URL = "worksheetUrl";

	public static final String VAR_REPORT_URL = "reportUrl";

	public static final String VAR_APPROVAL_OUTCOME = "approvalOutcome";

	public static final String VAR_APPROVAL_COMMENT = "approvalComment";

	/** Values of {@link #VAR_APPROVAL_OUTCOME}. */
	public static final String APPROVAL_APPROVED = "APPROVED";

	public static final String APPROVAL_CHANGES_REQUESTED = "CHANGES_REQUESTED";

	/** Inputs and outputs of {@link #DECISION_KEY}. */
	public static final String IN_REQUIREMENT_STATUS = "requirementStatus";

	public static final String IN_BINDING = "bindingRegulation";

	public static final String IN_SAFETY_RELATED = "safetyRelated";

	public static final String OUT_PRIORITY = "priority";

	public static final String OUT_DUE_WITHIN_DAYS = "dueWithinDays";

	private GapAnalysisModel() {
	}

}
