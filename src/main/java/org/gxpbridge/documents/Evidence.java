package org.gxpbridge.documents;

import java.time.Instant;

/**
 * A document attached to a process instance (and optionally one of its tasks) as
 * evidence. The SHA-256 is the one verified against the stored bytes when this was read,
 * so it can go into signed records and the audit ledger.
 */
public record Evidence(String documentId, String title, String fileName, String mediaType, long size, String sha256,
		String processInstanceId, String taskId, String attachedBy, Instant attachedAt) {
}
