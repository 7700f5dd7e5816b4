package org.gxpbridge.workflow;

/** Keys of the deployed process definitions (DESIGN.md §4). */
public final class ProcessKeys {

    public static final String DOCUMENT_APPROVAL = "DocumentApprovalProcess";

    private ProcessKeys() {
    }
}
