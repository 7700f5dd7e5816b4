package org.gxpbridge.monitoring;

/**
 * Where a CAPA stands. A cybersecurity incident starts in INCIDENT_RESPONSE; every CAPA
 * goes through INVESTIGATION, PLANNING (actions are added), ACTIONS (one task per
 * action), EFFECTIVENESS_CHECK (after the timer), CLOSURE (signed) and ends CLOSED.
 */
public enum CapaStatus {

	INCIDENT_RESPONSE, INVESTIGATION, PLANNING, ACTIONS, EFFECTIVENESS_CHECK, CLOSURE, CLOSED

}
