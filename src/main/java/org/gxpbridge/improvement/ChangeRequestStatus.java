package org.gxpbridge.improvement;

/**
 * Where a change request stands. DEVIATION: the installed artifact was not the approved
 * one, nothing was released and a CAPA (source DEVIATION) was raised.
 */
public enum ChangeRequestStatus {

	REQUESTED, ASSESSED, APPROVED, REJECTED, IMPLEMENTED, ARTIFACT_VERIFIED, DEVIATION, VERIFIED, CLOSED;

	/** Whether the change is still open (a duplicate of an open change is refused). */
	public boolean open() {
		return this != REJECTED && this != DEVIATION && this != CLOSED;
	}

}
