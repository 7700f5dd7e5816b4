package org.gxpbridge.controls;

/**
 * Element ids and variable names of {@code processes/control-implementation.bpmn} (issue
 * 12 item 3). ProcessModelContractTests checks that every id here exists in the model.
 */
public final class ControlImplementationModel {

	public static final String PROCESS_KEY = "ControlImplementationProcess";

	/** The plan is the start form: who starts the process plans the control. */
	public static final String START_PLANNED = "StartEvent_ControlPlanned";

	public static final String TASK_REGISTER_PLAN = "Task_RegisterControlPlan";

	/** The owner implements and links evidence (an authoring step). */
	public static final String TASK_IMPLEMENT = "Task_ImplementControl";

	/** Someone other than the implementer verifies. */
	public static final String TASK_VERIFY = "Task_VerifyControl";

	public static final String GATEWAY_VERIFIED = "Gateway_ControlVerified";

	public static final String FLOW_VERIFICATION_FAILED = "Flow_VerificationFailed";

	/** Signing step, meaning APPROVED. */
	public static final String TASK_APPROVE = "Task_ApproveControlImplementation";

	/** Release: uses Signatures.missingForRelease. */
	public static final String TASK_MAKE_EFFECTIVE = "Task_MakeControlEffective";

	/** Waits gxp.controls.control-implementation.reverify, then back to verification. */
	public static final String EVENT_REVERIFICATION_DUE = "Event_ReverificationDue";

	/** Variables of the start form (the plan). */
	public static final String VAR_TITLE = "controlTitle";

	public static final String VAR_CATEGORY = "controlCategory";

	/**
	 * Catalogue requirements, {@code frameworkId/requirementId}, comma or line separated.
	 */
	public static final String VAR_REQUIREMENTS = "requirementIds";

	public static final String VAR_GAP_ACTION = "gapActionId";

	public static final String VAR_OWNER = "ownerId";

	/** yyyy-mm-dd, not in the past. */
	public static final String VAR_DUE_DATE = "dueDate";

	/** Written by the server. */
	public static final String VAR_IMPLEMENTATION_ID = "implementationId";

	public static final String VAR_IMPLEMENTATION = "implementationDescription";

	public static final String VAR_VERIFICATION_PASSED = "verificationPassed";

	public static final String VAR_VERIFICATION_COMMENT = "verificationComment";

	public static final String VAR_SUMMARY = "controlSummary";

	private ControlImplementationModel() {
	}

}
