package org.gxpbridge.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * One audit of an area (one cycle of its programme): SCHEDULED, then IN_PROGRESS once
 * planned, REPORTED, CLOSED after the findings are disposed.
 */
public record Audit(String id, String areaId, int cycle, String status, String auditorId, String scope,
		List<ChecklistItem> checklist, List<AuditFinding> findings, String summary, AuditOutcome outcome,
		String plannedBy, Instant reportedAt, int version) {
}
