package org.gxpbridge.lifecycle;

/**
 * Element ids and variable names of {@code processes/compliance-lifecycle.bpmn}.
 * ProcessModelContractTests checks that every id here exists in the model.
 */
public final class ComplianceLifecycleModel {

	public static final String PROCESS_KEY = "ComplianceLifecycleProcess";

	public static final String START_PROGRAMME = "StartEvent_ProgrammeStarted";

	/** Records the programme; its id becomes the business key every step carries. */
	public static final String TASK_OPEN_PROGRAMME = "Task_OpenProgramme";

	/** The cycle: steps 1 to 6, interrupted by a regulatory change or retirement. */
	public static final String ACTIVITY_CYCLE = "SubProcess_ProgrammeCycle";

	public static final String TASK_OPEN_CYCLE = "Task_OpenCycle";

	/** Step 1, call activity RegulationReviewProcess. */
	public static final String STEP_REGULATION_REVIEW = "CallActivity_RegulationReview";

	/** Step 2, call activity GapAnalysisProcess. */
	public static final String STEP_GAP_ANALYSIS = "CallActivity_GapAnalysis";

	/** Step 3: starts RiskAssessmentProcess (the risk file lives on after release). */
	public static final String TASK_START_RISK_ASSESSMENT = "Task_StartRiskAssessment";

	public static final String EVENT_RISK_REGISTER_RELEASED = "Event_RiskRegisterReleased";

	/** Step 4: one ControlImplementationProcess per open gap action of step 2. */
	public static final String TASK_START_CONTROLS = "Task_StartControlImplementations";

	public static final String GATEWAY_ANY_CONTROLS = "Gateway_AnyControls";

	public static final String EVENT_CONTROLS_EFFECTIVE = "Event_ControlsEffective";

	/** Step 4 ends here: every control effective, or none to implement. */
	public static final String GATEWAY_CONTROLS_DONE = "Gateway_ControlsDone";

	/** Step 5, call activity AccessReviewProcess (the signed access review, CHK-12). */
	public static final String STEP_ACCESS_REVIEW = "CallActivity_AccessReview";

	/** Step 6, call activity ManagementReviewProcess. */
	public static final String STEP_MANAGEMENT_REVIEW = "CallActivity_ManagementReview";

	public static final String GATEWAY_RESTART = "Gateway_RestartLifecycle";

	public static final String EVENT_NEXT_CYCLE_DUE = "Event_NextCycleDue";

	public static final String END_CYCLE_COMPLETED = "EndEvent_CycleCompleted";

	public static final String END_CYCLE_RESTARTED = "EndEvent_CycleRestarted";

	public static final String EVENT_REGULATORY_CHANGE = "Event_RegulatoryChange";

	public static final String EVENT_RETIRED = "Event_ProgrammeRetired";

	public static final String END_RETIRED = "EndEvent_ProgrammeRetired";

	public static final String MESSAGE_RISK_REGISTER_RELEASED = "Message_RiskRegisterReleased";

	public static final String MESSAGE_CONTROLS_EFFECTIVE = "Message_ControlsEffective";

	public static final String MESSAGE_REGULATORY_CHANGE = "Message_RegulatoryChange";

	public static final String MESSAGE_RETIRED = "Message_ProgrammeRetired";

	/** Start form. */
	public static final String VAR_TITLE = "programmeTitle";

	public static final String VAR_SCOPE = "programmeScope";

	/**
	 * Optional: the frameworks step 2 assesses; none means those of the approved
	 * applicability register.
	 */
	public static final String VAR_FRAMEWORK_IDS = "programmeFrameworkIds";

	/** Written by the server. */
	public static final String VAR_PROGRAMME_ID = "programmeId";

	public static final String VAR_CYCLE = "programmeCycle";

	/** Out of step 2. */
	public static final String VAR_GAP_ASSESSMENT_ID = "gapAssessmentId";

	public static final String VAR_GAP_ASSESSMENT_VERSION = "gapAssessmentVersion";

	/** Of step 3. */
	public static final String VAR_RISK_REGISTER_ID = "riskRegisterId";

	public static final String VAR_RISK_INSTANCE_ID = "riskAssessmentInstanceId";

	/** Of step 4. */
	public static final String VAR_CONTROL_COUNT = "controlCount";

	/** Out of step 6 (ManagementReviewProcess's decision to start again at step 1). */
	public static final String VAR_RESTART = "restartLifecycle";

	private ComplianceLifecycleModel() {
	}

}
