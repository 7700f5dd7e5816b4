package org.gxpbridge.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A CAPA as the register holds it (GET /api/capas): source, triage, root cause, actions,
 * effectiveness and status. {@code version} counts changes of its content (what the
 * closure signature covers), not of its status.
 */
public record CapaRecord(String id, String title, String description, CapaSource source, String sourceReference,
		Severity severity, boolean recurrence, boolean patientSafetyImpact, String priority, LocalDate dueDate,
		CapaStatus status, RootCause rootCause, Boolean effective, String effectivenessEvidence,
		List<CapaAction> actions, List<IncidentStep> incidentSteps, String processInstanceId, String openedBy,
		Instant openedAt, String closedBy, Instant closedAt, int version) {

	public boolean hasOpenActions() {
		return actions.stream().anyMatch(CapaAction::isOpen);
	}

}
