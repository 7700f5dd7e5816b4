package org.gxpbridge.modeling;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * Published in the transaction of each change of a modeling record: a draft created or
 * saved (old and new version), submitted, validated, reviewed, approved, deployed, or a
 * release recorded. {@code objectType} is {@value #DRAFT}, {@value #CHANGE} or
 * {@value #DEPLOYMENT}; {@code actorId} null is the server itself.
 */
public record ModelRecordChanged(String objectType, String objectId, String processInstanceId, String action,
		String actorId, String field, String oldValue, String newValue, String reason,
		String contentHash) implements AuditableEvent {

	public static final String DRAFT = "ModelDraft";

	public static final String CHANGE = "ModelChange";

	public static final String DEPLOYMENT = "ModelDeployment";

	@Override
	public AuditFacts auditFacts() {
		return AuditFacts.of(actorId, action, objectType, objectId)
			.withRecord(processInstanceId, objectId)
			.withChange(field, oldValue, newValue)
			.withReason(reason)
			.withContentHash(contentHash);
	}

}
