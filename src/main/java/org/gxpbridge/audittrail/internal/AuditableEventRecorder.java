package org.gxpbridge.audittrail.internal;

import org.gxpbridge.shared.AuditableEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every module's GxP events into the ledger, in the transaction that published them
 * (P11-10e, CHK-01, CHK-04): signatures made, documents uploaded, refused, attached as
 * evidence, read or found altered, versions made effective, and whatever a new module
 * publishes. The event carries its own facts, so a new module needs no change here.
 */
@Component
class AuditableEventRecorder {

	private final LedgerWriter writer;

	AuditableEventRecorder(LedgerWriter writer) {
		this.writer = writer;
	}

	// a plain listener, not a transactional one: it runs inside the publisher's
	// transaction, so the entry commits or rolls back with the change
	@EventListener
	void on(AuditableEvent event) {
		writer.append(EntryDraft.inContext(event.auditFacts()));
	}

}
