package org.gxpbridge.controls;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * A controlled document version changed status: submitted or resubmitted for review,
 * rejected, superseded by a newer effective version, kept effective at its periodic
 * review, or retired. {@code actorId} is null when the process did it.
 */
public record DocumentStatusChanged(String documentNumber, String version, String oldStatus, String newStatus,
		String actorId, String reason, String processInstanceId) implements AuditableEvent {

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts.of(actorId, "DOCUMENT_" + newStatus, "ControlledDocument", documentNumber + "/" + version)
			.withRecord(processInstanceId, documentNumber)
			.withChange("status", oldStatus, newStatus)
			.withReason(reason);
	}

}
