package org.gxpbridge.audittrail.internal;

import java.time.temporal.ChronoUnit;

import org.gxpbridge.security.SecurityEventRecorded;
import org.gxpbridge.shared.AuditFacts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logins, failed logins, lockouts, account and role changes, refused access: into the
 * same ledger, in the transaction that published them (P11-10e, P11-300d). Not an
 * {@code AuditableEvent}: security sits below the audit trail (whose entries name its
 * accounts), and its events bring their own time and client address and never take the
 * request's reason for change, as they always have; so they keep this listener. An
 * administrator's account change carries its own reason for change in the event.
 */
@Component
class SecurityEventAuditor {

	private final LedgerWriter writer;

	SecurityEventAuditor(LedgerWriter writer) {
		this.writer = writer;
	}

	@EventListener
	void on(SecurityEventRecorded event) {
		String actor = event.actorId() != null ? event.actorId() : event.userId();
		writer.append(EntryDraft
			.of(AuditFacts.of(actor, event.type().name(), "Account", event.userId())
				.withChange(null, null, event.detail())
				.withReason(event.reason()))
			.fromClient(event.clientAddress())
			.at(event.occurredAt() == null ? null : event.occurredAt().truncatedTo(ChronoUnit.MILLIS)));
	}

}
