package org.gxpbridge.audittrail.internal;

import java.time.temporal.ChronoUnit;

import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.security.SecurityEventRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logins, failed logins, lockouts, account and role changes, refused access: into the
 * same ledger, in the transaction that published them (P11-10e, P11-300d).
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
		writer.append(
				new AuditEntry(0, event.occurredAt() == null ? null : event.occurredAt().truncatedTo(ChronoUnit.MILLIS),
						actor, null, null, event.type().name(), "Account", event.userId(), null, null, null, null,
						event.detail(), null, event.clientAddress(), null, null, null, null, null, null, null));
	}

}
