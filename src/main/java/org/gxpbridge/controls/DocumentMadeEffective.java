package org.gxpbridge.controls;

import java.time.Instant;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * Published in the registering transaction: a document version entered the register of
 * effective documents (for the audit ledger, which seals the register row with it).
 */
public record DocumentMadeEffective(String documentNumber, String version, String title, String authorId,
		String processInstanceId, Instant effectiveAt) implements AuditableEvent {

	@Override
	public AuditFacts auditFacts() {
		// the approval process makes it effective, not a person: the approvals are the
		// entries before this one
		return AuditFacts.bySystem("DOCUMENT_EFFECTIVE", "ControlledDocument", documentNumber + "/" + version)
			.withRecord(processInstanceId, null)
			.withChange("status", null, "EFFECTIVE at " + effectiveAt + ": " + title + " by " + authorId);
	}

}
