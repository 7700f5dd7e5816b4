package org.gxpbridge.audittrail;

import java.time.Instant;

/**
 * One ledger entry as an inspector reads it (P11-10e): sequence, UTC time, who (id,
 * printed name, roles), what, which object, old and new value, why. Read from the ledger
 * or a bundle only; what goes in is {@link org.gxpbridge.shared.AuditFacts}.
 * {@code sourceTable}/{@code sourceRowId}/{@code sourceDigest} tie an engine history
 * entry to its ACT_HI_* row; {@code position} and {@code chainHash} are null until
 * sealed.
 */
public record AuditEntry(long seq, Instant recordedAt, String actorId, String actorName, String actorRole,
		String action, String objectType, String objectId, String processInstanceId, String businessKey, String field,
		String oldValue, String newValue, String reason, String clientAddress, String contentHash, String sourceTable,
		String sourceRowId, String sourceDigest, Instant removalAt, Long position, String chainHash) {
}
