package org.gxpbridge.shared;

/**
 * The facts of one audit trail entry as a module states them (P11-10e, EU Annex 11 §9):
 * who ({@code actorId}; null is the server itself, "system"), what ({@code action}, an
 * upper-case code such as {@code DOCUMENT_UPLOADED}), which object ({@code objectType},
 * {@code objectId}), the record it belongs to ({@code processInstanceId},
 * {@code businessKey}), for a change the {@code field} with old and new value and the
 * {@code reason}, and the SHA-256 (hex) of the content it is about.
 * <p>
 * Build it with {@link #of} or {@link #bySystem} and the {@code with...} methods; the
 * texts are what an inspector reads, so keep them stable once released: a changed text is
 * a different entry.
 */
public record AuditFacts(String actorId, String action, String objectType, String objectId, String processInstanceId,
		String businessKey, String field, String oldValue, String newValue, String reason, String contentHash) {

	/**
	 * {@code actorId} did {@code action} to an object; add details with the
	 * {@code with...} methods.
	 */
	public static AuditFacts of(String actorId, String action, String objectType, String objectId) {
		return new AuditFacts(actorId, action, objectType, objectId, null, null, null, null, null, null, null);
	}

	/** The server did it (a process step, a check): no person is the actor. */
	public static AuditFacts bySystem(String action, String objectType, String objectId) {
		return of(null, action, objectType, objectId);
	}

	/**
	 * The process instance (and business key, where there is one) the object belongs to.
	 */
	public AuditFacts withRecord(String processInstanceId, String businessKey) {
		return new AuditFacts(actorId, action, objectType, objectId, processInstanceId, businessKey, field, oldValue,
				newValue, reason, contentHash);
	}

	/** The field that changed, its value before (null for a new one) and after. */
	public AuditFacts withChange(String field, String oldValue, String newValue) {
		return new AuditFacts(actorId, action, objectType, objectId, processInstanceId, businessKey, field, oldValue,
				newValue, reason, contentHash);
	}

	/**
	 * Why; without it the ledger records the reason given for the current work, if any.
	 */
	public AuditFacts withReason(String reason) {
		return new AuditFacts(actorId, action, objectType, objectId, processInstanceId, businessKey, field, oldValue,
				newValue, reason, contentHash);
	}

	/**
	 * SHA-256 (hex) of the content the entry is about: a document, an export, signed
	 * bytes.
	 */
	public AuditFacts withContentHash(String contentHash) {
		return new AuditFacts(actorId, action, objectType, objectId, processInstanceId, businessKey, field, oldValue,
				newValue, reason, contentHash);
	}

}
