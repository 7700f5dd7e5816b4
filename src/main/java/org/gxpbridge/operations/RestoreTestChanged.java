package org.gxpbridge.operations;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * Published in the transaction of each change of a restore test: opened, restore report
 * accepted (with the report's SHA-256), recorded, approved. {@code actorId} null is the
 * server itself.
 */
public record RestoreTestChanged(String testId, String processInstanceId, String action, String actorId, String field,
		String oldValue, String newValue, String contentHash) implements AuditableEvent {

	@Override
	public AuditFacts auditFacts() {
		AuditFacts facts = AuditFacts.of(actorId, action, "RestoreTest", testId)
			.withRecord(processInstanceId, null)
			.withChange(field, oldValue, newValue);
		return contentHash == null ? facts : facts.withContentHash(contentHash);
	}

}
