package org.gxpbridge.gap;

/** How far an organisation meets one requirement. */
public enum RowStatus {

	MET, PARTIAL, GAP, NOT_APPLICABLE;

	/** Whether the status calls for an action in the plan. */
	public boolean needsAction() {
		return this == PARTIAL || this == GAP;
	}

}
