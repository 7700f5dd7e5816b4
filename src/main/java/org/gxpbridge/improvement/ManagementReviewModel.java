package org.gxpbridge.improvement;

/**
 * Element ids and variable names of {@code processes/management-review.bpmn} (issue 13
 * item 1). ProcessModelContractTests checks that every id here exists in the model.
 */
public final class ManagementReviewModel {

	public static final String PROCESS_KEY = "ManagementReviewProcess";

	/**
	 * Needs nothing but the business key: the umbrella programme calls the review with
	 * its programme id.
	 */
	public static final String START_REVIEW_DUE = "StartEvent_ManagementReviewDue";

	/** Gathers the meeting pack into a stored snapshot. */
	public static final String TASK_GATHER_PACK = "Task_GatherMeetingPack";

	/** The minute-taker writes the minutes (an authoring step). */
	public static final String TASK_RECORD_MINUTES = "Task_RecordMinutes";

	/** Signing step, meaning APPROVED, by top management other than the minute-taker. */
	public static final String TASK_APPROVE_MINUTES = "Task_ApproveMinutes";

	/** Release: uses Signatures.missingForRelease. */
	public static final String TASK_RELEASE_MINUTES = "Task_ReleaseMinutes";

	public static final String GATEWAY_ACTIONS_AGREED = "Gateway_ActionsAgreed";

	/** One task per agreed action, for its owner, until done. */
	public static final String TASK_COMPLETE_ACTION = "Task_CompleteReviewAction";

	public static final String GATEWAY_RESTART = "Gateway_RestartLifecycle";

	public static final String END_RESTART_LIFECYCLE = "EndEvent_RestartLifecycle";

	public static final String END_REVIEW_CLOSED = "EndEvent_ReviewClosed";

	/** Written by the server: the review's record id. */
	public static final String VAR_REVIEW_ID = "managementReviewId";

	/** Written by the server on the minutes and approval steps: the pack as text. */
	public static final String VAR_PACK_SUMMARY = "managementReviewPack";

	/** Minutes form: who attended, one per line. */
	public static final String VAR_ATTENDEES = "attendees";

	/** Minutes form: the prefix of the per-input conclusion fields. */
	public static final String VAR_CONCLUSION_PREFIX = "conclusion_";

	public static final String VAR_DECISIONS = "decisions";

	/** Minutes form: one action per line, {@code description | owner | yyyy-mm-dd}. */
	public static final String VAR_ACTIONS = "actions";

	/** Minutes form: the review decides to restart the lifecycle at step 1. */
	public static final String VAR_RESTART_DECIDED = "restartDecided";

	/**
	 * Output of the process for the umbrella (boolean): the approved minutes decided that
	 * the regulatory landscape or the QMS scope changed and the lifecycle restarts at
	 * step 1. Written by the server from the approved record, not from the form.
	 */
	public static final String VAR_RESTART_LIFECYCLE = "restartLifecycle";

	/** Written by the server: the ids of the agreed actions (the multi-instance list). */
	public static final String VAR_ACTION_IDS = "managementReviewActionIds";

	public static final String VAR_ACTION_ID = "managementReviewActionId";

	public static final String VAR_ACTION_OWNER = "managementReviewActionOwner";

	/** Task-local: the action's text on its task. */
	public static final String VAR_ACTION_SUMMARY = "managementReviewAction";

	/** Action form: what was done. */
	public static final String VAR_ACTION_OUTCOME = "actionOutcome";

	private ManagementReviewModel() {
	}

}
