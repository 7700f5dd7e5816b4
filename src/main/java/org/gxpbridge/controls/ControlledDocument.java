package org.gxpbridge.controls;

import java.time.Instant;

/**
 * A version of a controlled document that has become effective through
 * DocumentApprovalProcess.
 */
public record ControlledDocument(String documentNumber, String version, String title, String status, String authorId,
		String processInstanceId, Instant effectiveAt) {
}
