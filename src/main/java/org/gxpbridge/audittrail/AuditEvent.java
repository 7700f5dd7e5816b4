package org.gxpbridge.audittrail;

/**
 * What another module asks the ledger to record: who did what to which object, and for a
 * change the field, old and new value and the reason (P11-10e). Time, printed name and
 * role are added by the ledger, never by the caller.
 */
public record AuditEvent(String actorId, String action, String objectType, String objectId, String processInstanceId,
		String businessKey, String field, String oldValue, String newValue, String reason, String clientAddress,
		String contentHash) {

	/** An event without change details; add them with the {@code with...} methods. */
	public static AuditEvent of(String actorId, String action, String objectType, String objectId) {
		return new AuditEvent(actorId, action, objectType, objectId, null, null, null, null, null, null, null, null);
	}

	public AuditEvent withProcess(String processInstanceId, String businessKey) {
		return new AuditEvent(actorId, action, objectType, objectId, processInstanceId, businessKey, field, oldValue,
				newValue, reason, clientAddress, contentHash);
	}

	public AuditEvent withChange(String field, String oldValue, String newValue, String reason) {
		return new AuditEvent(actorId, action, objectType, objectId, processInstanceId, businessKey, field, oldValue,
				newValue, reason, clientAddress, contentHash);
	}

	public AuditEvent withClientAddress(String clientAddress) {
		return new AuditEvent(actorId, action, objectType, objectId, processInstanceId, businessKey, field, oldValue,
				newValue, reason, clientAddress, contentHash);
	}

	/**
	 * SHA-256 (hex) of the content the event is about: an uploaded document, an export,
	 * signed bytes.
	 */
	public AuditEvent withContentHash(String contentHash) {
		return new AuditEvent(actorId, action, objectType, objectId, processInstanceId, businessKey, field, oldValue,
				newValue, reason, clientAddress, contentHash);
	}
}
