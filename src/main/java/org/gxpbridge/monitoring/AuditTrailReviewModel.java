package org.gxpbridge.monitoring;

/**
 * Element ids and variable names of {@code processes/audit-trail-review.bpmn} (CHK-25, EU
 * Annex 11 §9). ProcessModelContractTests checks that every id here exists in the model.
 */
public final class AuditTrailReviewModel {

	public static final String PROCESS_KEY = "AuditTrailReviewProcess";

	/**
	 * The schedule, also a person's start: starts one review per record type.
	 */
	public static final String START_DUE = "StartEvent_AuditTrailReviewsDue";

	public static final String TASK_SCHEDULE = "Task_ScheduleAuditTrailReviews";

	public static final String END_SCHEDULED = "EndEvent_AuditTrailReviewsScheduled";

	/** One review of one record type, started by the schedule with this message. */
	public static final String START_REQUESTED = "StartEvent_AuditTrailReviewRequested";

	public static final String MESSAGE_REVIEW_REQUESTED = "Message_AuditTrailReviewRequested";

	public static final String TASK_OPEN = "Task_OpenAuditTrailReview";

	public static final String GATEWAY_ANYTHING_TO_REVIEW = "Gateway_AnythingToReview";

	public static final String END_NOTHING_TO_REVIEW = "EndEvent_NothingToReview";

	public static final String TASK_REVIEW = "Task_ReviewAuditTrail";

	public static final String GATEWAY_FINDINGS = "Gateway_ReviewFindings";

	public static final String TASK_RAISE_DEVIATION = "Task_RaiseDeviation";

	public static final String END_REVIEWED = "EndEvent_AuditTrailReviewed";

	public static final String END_DEVIATION_RAISED = "EndEvent_DeviationRaised";

	/** Variables. */
	public static final String VAR_RECORD_TYPE = "recordType";

	public static final String VAR_REVIEW_ID = "reviewId";

	public static final String VAR_ENTRY_COUNT = "entryCount";

	public static final String VAR_ENTRIES = "entriesUnderReview";

	public static final String VAR_OUTCOME = "reviewOutcome";

	public static final String VAR_FINDINGS = "findings";

	public static final String VAR_FINDING_ENTRIES = "findingEntries";

	/** Values of {@link #VAR_OUTCOME}. */
	public static final String OUTCOME_NO_FINDINGS = "NO_FINDINGS";

	public static final String OUTCOME_FINDINGS = "FINDINGS";

	private AuditTrailReviewModel() {
	}

}
