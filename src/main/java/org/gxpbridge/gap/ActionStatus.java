package org.gxpbridge.gap;

/**
 * An action of the plan: PROPOSED (in the plan awaiting approval), DECLINED (the planner
 * justified doing nothing), WITHDRAWN (its requirement no longer needs it), OPEN (tracked
 * after approval), DONE.
 */
public enum ActionStatus {

	PROPOSED, DECLINED, WITHDRAWN, OPEN, DONE

}
