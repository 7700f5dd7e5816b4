package org.gxpbridge.risk;

/**
 * Element ids and variable names of {@code processes/risk-assessment.bpmn} (lifecycle
 * step 3). ProcessModelContractTests checks that every id here exists in the model.
 */
public final class RiskAssessmentModel {

	public static final String PROCESS_KEY = "RiskAssessmentProcess";

	public static final String START_REQUESTED = "StartEvent_RiskAssessmentRequested";

	public static final String TASK_OPEN_REGISTER = "Task_OpenRiskRegister";

	public static final String TASK_PLAN = "Task_PlanRiskManagement";

	public static final String TASK_RECORD_PLAN = "Task_RecordRiskManagementPlan";

	public static final String TASK_IDENTIFY = "Task_IdentifyAndAnalyseRisks";

	public static final String TASK_EVALUATE = "Task_EvaluateRisks";

	public static final String GATEWAY_EVALUATION = "Gateway_EvaluationOutcome";

	public static final String TASK_DESIGN_CHANGE = "Task_DesignChangeRequired";

	public static final String TASK_CONTROL = "Task_ControlRisks";

	public static final String TASK_CONFIRM_CONTROLS = "Task_ConfirmRiskControls";

	public static final String GATEWAY_AFAP = "Gateway_AfapJustificationRequired";

	public static final String TASK_JUSTIFY_AFAP = "Task_JustifyAfap";

	public static final String TASK_RECORD_AFAP = "Task_RecordAfapJustification";

	public static final String GATEWAY_AFAP_DONE = "Gateway_AfapDone";

	public static final String TASK_CLASSIFY = "Task_ClassifySoftware";

	public static final String TASK_DETERMINE_CLASS = "Task_DetermineSoftwareSafetyClass";

	public static final String TASK_CONCLUDE = "Task_ConcludeBenefitRisk";

	public static final String TASK_RECORD_CONCLUSION = "Task_RecordBenefitRiskConclusion";

	public static final String TASK_APPROVE = "Task_ApproveRiskManagement";

	public static final String GATEWAY_APPROVAL = "Gateway_ApprovalOutcome";

	public static final String TASK_RELEASE = "Task_ReleaseRiskRegister";

	public static final String GATEWAY_AWAIT_REVIEW = "Gateway_AwaitReview";

	public static final String EVENT_REVIEW_DUE = "Event_PeriodicReviewDue";

	public static final String EVENT_RETIRED = "Event_RiskFileRetired";

	public static final String MESSAGE_RETIRED = "Message_RiskFileRetired";

	public static final String TASK_REVIEW_SNAPSHOT = "Task_TakeReviewSnapshot";

	public static final String END_RETIRED = "EndEvent_RiskFileRetired";

	/** The message that retires a released risk file (no more periodic reviews). */
	public static final String MESSAGE_NAME_RETIRED = "RiskFileRetired";

	/** Variables (names as in the forms). */
	public static final String VAR_REGISTER_TITLE = "registerTitle";

	public static final String VAR_REGISTER_ID = "riskRegisterId";

	public static final String VAR_REGISTER_VERSION = "riskRegisterVersion";

	public static final String VAR_SCOPE = "scope";

	public static final String VAR_INTENDED_USE = "intendedUse";

	public static final String VAR_CRITERIA_REF = "acceptabilityCriteriaRef";

	public static final String VAR_EU_MARKET = "euMarket";

	public static final String VAR_IDENTIFICATION_NOTE = "identificationNote";

	public static final String VAR_OUTCOME = "riskEvaluationOutcome";

	public static final String VAR_RISK_COUNT = "riskCount";

	public static final String VAR_DESIGN_CHANGE = "designChangeDescription";

	public static final String VAR_CONTROL_NOTE = "riskControlNote";

	public static final String VAR_AFAP_REQUIRED = "afapJustificationRequired";

	public static final String VAR_AFAP_JUSTIFICATION = "afapJustification";

	public static final String VAR_CAN_CONTRIBUTE = "canContributeToHazardousSituation";

	public static final String VAR_UNACCEPTABLE_AFTER_EXTERNAL = "unacceptableRiskAfterExternalControls";

	public static final String VAR_WORST_HARM = "worstHarm";

	public static final String VAR_SOFTWARE_CLASS = "softwareSafetyClass";

	public static final String VAR_BENEFIT_RISK = "benefitRiskConclusion";

	public static final String VAR_APPROVAL_OUTCOME = "approvalOutcome";

	public static final String VAR_APPROVAL_COMMENT = "approvalComment";

	/**
	 * ISO 8601 duration of the periodic review timer, from
	 * {@code gxp.risk.review-interval}.
	 */
	public static final String VAR_REVIEW_INTERVAL = "riskReviewInterval";

	/** Values of {@link #VAR_OUTCOME}. */
	public static final String OUTCOME_UNACCEPTABLE = "UNACCEPTABLE";

	public static final String OUTCOME_CONTROL_REQUIRED = "CONTROL_REQUIRED";

	public static final String OUTCOME_ACCEPTABLE = "ACCEPTABLE";

	/** Values of {@link #VAR_APPROVAL_OUTCOME}. */
	public static final String APPROVAL_APPROVED = "APPROVED";

	public static final String APPROVAL_REJECTED = "REJECTED";

	/**
	 * The meaning the approval signs with and release requires (approver, not an author).
	 */
	public static final String RELEASE_MEANING = "APPROVED";

	private RiskAssessmentModel() {
	}

}
