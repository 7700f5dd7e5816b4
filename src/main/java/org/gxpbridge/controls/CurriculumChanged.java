package org.gxpbridge.controls;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/** A quality manager added a document to a role's curriculum, or removed it. */
public record CurriculumChanged(String role, String documentNumber, boolean added, String actorId,
		String reason) implements AuditableEvent {

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts
			.of(actorId, added ? "CURRICULUM_ENTRY_ADDED" : "CURRICULUM_ENTRY_REMOVED", "TrainingCurriculum",
					role + "/" + documentNumber)
			.withChange("curriculum of " + role, added ? null : documentNumber, added ? documentNumber : null)
			.withReason(reason);
	}

}
