package org.gxpbridge.controls;

import java.time.Instant;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * A training record changed: assigned to a person ({@code ASSIGNED}, due at
 * {@code dueAt}) or acknowledged by their signed read-and-understood
 * ({@code ACKNOWLEDGED}).
 */
public record TrainingRecorded(String userId, String documentNumber, String version, String status, Instant dueAt,
		String processInstanceId) implements AuditableEvent {

	@Override
	public AuditFacts auditFacts() {
		AuditFacts facts = "ACKNOWLEDGED".equals(status)
				? AuditFacts.of(userId, "TRAINING_ACKNOWLEDGED", "TrainingRecord",
						userId + "/" + documentNumber + "/" + version)
				: AuditFacts.bySystem("TRAINING_ASSIGNED", "TrainingRecord",
						userId + "/" + documentNumber + "/" + version);
		return facts.withRecord(processInstanceId, documentNumber + "/" + version)
			.withChange("training status", "ACKNOWLEDGED".equals(status) ? "ASSIGNED" : null,
					status + (dueAt == null ? "" : " (due " + dueAt + ")"));
	}

}
