package org.gxpbridge.workflow;

/** Keys of the deployed process definitions (DESIGN.md §4). */
public final class ProcessKeys {

	public static final String DOCUMENT_APPROVAL = "DocumentApprovalProcess";

	public static final String DOCUMENT_ACKNOWLEDGEMENT = "DocumentAcknowledgementProcess";

	private ProcessKeys() {
	}

}
