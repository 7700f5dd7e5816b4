package org.gxpbridge.audittrail.internal;

import java.time.Instant;

import org.gxpbridge.shared.AuditFacts;

/**
 * An entry before the ledger writes it: the facts, the client address, and, for an engine
 * history entry, the ACT_HI_* row it stands for and when history cleanup may remove that
 * row. The ledger adds time, printed name and roles; sequence, position and chain hash
 * exist only once it is written and sealed, in
 * {@link org.gxpbridge.audittrail.AuditEntry}.
 */
public record EntryDraft(AuditFacts facts, String clientAddress, Instant recordedAt, Source source, Instant removalAt) {

	/**
	 * The row of an engine history table or gxp_* record table the entry is about, and
	 * its digest when the entry was written.
	 */
	public record Source(String table, String rowId, String digest) {
	}

	/** The facts alone: no client, recorded now. */
	public static EntryDraft of(AuditFacts facts) {
		return new EntryDraft(facts, null, null, null, null);
	}

	/**
	 * The facts in the context of the current work: a reason the facts leave open is the
	 * reason given for the work, the client address that of the current request.
	 */
	public static EntryDraft inContext(AuditFacts facts) {
		AuditFacts withReason = facts.reason() != null ? facts : facts.withReason(ChangeContext.reason());
		return of(withReason).fromClient(ChangeContext.clientAddress());
	}

	public EntryDraft fromClient(String clientAddress) {
		return new EntryDraft(facts, clientAddress, recordedAt, source, removalAt);
	}

	/** Recorded at the time the event happened rather than when the ledger writes it. */
	public EntryDraft at(Instant recordedAt) {
		return new EntryDraft(facts, clientAddress, recordedAt, source, removalAt);
	}

	public EntryDraft about(Source source) {
		return new EntryDraft(facts, clientAddress, recordedAt, source, removalAt);
	}

	/**
	 * When history cleanup may remove the engine rows of the entry's process instance.
	 */
	public EntryDraft removableAt(Instant removalAt) {
		return new EntryDraft(facts, clientAddress, recordedAt, source, removalAt);
	}

}
