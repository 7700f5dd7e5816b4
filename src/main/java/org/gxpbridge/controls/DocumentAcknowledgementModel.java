package org.gxpbridge.controls;

/**
 * Element ids and variable names of {@code processes/document-acknowledgement.bpmn}: a
 * non-signing decision that may be answered by e-mail reply (issue 6).
 */
public final class DocumentAcknowledgementModel {

	public static final String PROCESS_KEY = "DocumentAcknowledgementProcess";

	public static final String START_REQUESTED = "StartEvent_AcknowledgementRequested";

	public static final String TASK_ACKNOWLEDGE = "Task_AcknowledgeDocument";

	public static final String TASK_RESOLVE_OBJECTION = "Task_ResolveObjection";

	public static final String GATEWAY_OUTCOME = "Gateway_AcknowledgementOutcome";

	public static final String END_ACKNOWLEDGED = "EndEvent_DocumentAcknowledged";

	public static final String END_OBJECTION_RESOLVED = "EndEvent_ObjectionResolved";

	public static final String VAR_DOCUMENT_NUMBER = DocumentApprovalModel.VAR_DOCUMENT_NUMBER;

	public static final String VAR_TITLE = DocumentApprovalModel.VAR_TITLE;

	public static final String VAR_REQUESTER = "requester";

	public static final String VAR_OUTCOME = "acknowledgementOutcome";

	public static final String VAR_COMMENT = "acknowledgementComment";

	public static final String VAR_RESOLUTION = "objectionResolution";

	/**
	 * Values of {@link #VAR_OUTCOME}; the e-mail reply APPROVE / REJECT sets the same
	 * values.
	 */
	public static final String ACKNOWLEDGED = "APPROVED";

	public static final String OBJECTED = "REJECTED";

	private DocumentAcknowledgementModel() {
	}

}
