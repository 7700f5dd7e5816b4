package org.gxpbridge.signature;

import java.time.Instant;

/**
 * Published in the signing transaction: a record was signed and its task completed (for
 * the audit trail).
 */
public record RecordSigned(String signatureId, String taskId, String processInstanceId, String signerId,
		String printedName, String meaning, Instant signedAt, String recordDigest) {
}
