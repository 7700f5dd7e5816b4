package org.gxpbridge.monitoring;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One corrective or preventive action of a CAPA: an owner's task with a due date; OPEN
 * until its owner completes it with the outcome.
 */
public record CapaAction(String id, String capaId, int number, String description, String ownerId, LocalDate dueDate,
		String status, String outcome, String completedBy, Instant completedAt) {

	public static final String OPEN = "OPEN";

	public static final String DONE = "DONE";

	public boolean isOpen() {
		return OPEN.equals(status);
	}

}
