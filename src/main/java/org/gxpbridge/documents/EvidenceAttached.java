package org.gxpbridge.documents;

import java.time.Instant;

/**
 * A document became evidence of a process instance or task (published in the attaching
 * transaction).
 */
public record EvidenceAttached(String documentId, String sha256, String processInstanceId, String taskId,
		String attachedBy, Instant attachedAt) {
}
