package org.gxpbridge.controls;

/**
 * Where a control implementation stands: PLANNED, IMPLEMENTED (with evidence, awaiting
 * verification), RETURNED (verification failed: back to the implementer), VERIFIED
 * (awaiting the signed approval), EFFECTIVE (approved and released; re-verified
 * periodically).
 */
public enum ControlStatus {

	PLANNED, IMPLEMENTED, RETURNED, VERIFIED, EFFECTIVE

}
