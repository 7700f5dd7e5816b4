package org.gxpbridge.inspection;

/**
 * Element ids and variable names of {@code processes/inspection-request.bpmn}.
 * ProcessModelContractTests checks that every id here exists in the model.
 */
public final class InspectionRequestModel {

	public static final String PROCESS_KEY = "InspectionRequestProcess";

	/** Started by the inspection room when an inspector files a request. */
	public static final String START_REQUEST_FILED = "StartEvent_InspectionRequestFiled";

	/** The back room (QUALITY_MANAGER) names who prepares the response. */
	public static final String TASK_ASSIGN_REQUEST = "Task_AssignInspectionRequest";

	/** The preparer writes the response and attaches the records (an authoring step). */
	public static final String TASK_PREPARE_RESPONSE = "Task_PrepareInspectionResponse";

	/** A quality manager other than the preparer reviews: publish or rework. */
	public static final String TASK_REVIEW_RESPONSE = "Task_ReviewInspectionResponse";

	public static final String GATEWAY_REVIEW_OUTCOME = "Gateway_InspectionReviewOutcome";

	/** Marks the response published: from now on the inspector sees it. */
	public static final String TASK_PUBLISH_RESPONSE = "Task_PublishInspectionResponse";

	public static final String END_RESPONSE_PUBLISHED = "EndEvent_InspectionResponsePublished";

	/** Written by the server: the request's id (also the business key). */
	public static final String VAR_REQUEST_ID = "inspectionRequestId";

	/** Written by the server on the steps: the request as text. */
	public static final String VAR_REQUEST_SUMMARY = "inspectionRequest";

	/** Assignment form: the user id of who prepares the response. */
	public static final String VAR_PREPARER = "preparer";

	/** Response form: the answer to the inspector. */
	public static final String VAR_RESPONSE_TEXT = "responseText";

	/**
	 * Response form: the records handed out, one per line: a process instance id or a
	 * business key.
	 */
	public static final String VAR_ATTACHED_RECORDS = "attachedRecords";

	/** Review form: {@code publish} or {@code rework}. */
	public static final String VAR_REVIEW_OUTCOME = "reviewOutcome";

	public static final String VAR_REVIEW_COMMENT = "reviewComment";

	public static final String OUTCOME_PUBLISH = "publish";

	public static final String OUTCOME_REWORK = "rework";

	private InspectionRequestModel() {
	}

}
