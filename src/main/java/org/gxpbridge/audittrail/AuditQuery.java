package org.gxpbridge.audittrail;

import java.time.Instant;

/**
 * Filters of {@code GET /api/audit/entries}; null means "any". {@code from} inclusive,
 * {@code to} exclusive.
 */
public record AuditQuery(String processInstanceId, String businessKey, String user, Instant from, Instant to,
		int limit) {
}
