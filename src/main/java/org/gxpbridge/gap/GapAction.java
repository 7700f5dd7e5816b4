package org.gxpbridge.gap;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An action of a gap report's plan, and once the report is approved a tracked item that
 * CAPA and change control refer to by {@code id}.
 *
 * @param priority HIGH, MEDIUM or LOW from GapActionPriorityDecision
 */
public record GapAction(String id, String assessmentId, int assessmentVersion, String frameworkId, String requirementId,
		String priority, String description, String ownerId, LocalDate dueDate, ActionStatus status, Instant createdAt,
		String closedBy, Instant closedAt, String closureReason) {
}
