package org.gxpbridge.audittrail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.gxpbridge.audittrail.internal.AuditBundle;
import org.gxpbridge.audittrail.internal.ChangeContext;
import org.gxpbridge.audittrail.internal.EntryDraft;
import org.gxpbridge.audittrail.internal.LedgerQueries;
import org.gxpbridge.audittrail.internal.LedgerSealer;
import org.gxpbridge.audittrail.internal.LedgerVerifier;
import org.gxpbridge.audittrail.internal.LedgerWriter;
import org.gxpbridge.audittrail.internal.RecordProofs;
import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;
import org.springframework.stereotype.Service;

/**
 * The audit trail (P11-10e): append-only, hash-chained, signed, verifiable. Modules
 * record what they do by publishing an {@link AuditableEvent} (or, rarely, with
 * {@link #append}); either joins the caller's transaction, so the entry exists exactly
 * when the change does. There is no method to change or remove an entry, and no switch to
 * stop recording (CHK-03).
 */
@Service
public class AuditLedger {

	private final LedgerWriter writer;

	private final LedgerQueries queries;

	private final LedgerVerifier verifier;

	private final LedgerSealer sealer;

	private final AuditBundle bundle;

	private final RecordProofs proofs;

	AuditLedger(LedgerWriter writer, LedgerQueries queries, LedgerVerifier verifier, LedgerSealer sealer,
			AuditBundle bundle, RecordProofs proofs) {
		this.proofs = proofs;
		this.writer = writer;
		this.queries = queries;
		this.verifier = verifier;
		this.sealer = sealer;
		this.bundle = bundle;
	}

	/**
	 * Records facts in the current transaction (or at once without one). Time (UTC,
	 * server clock), printed name and roles of the actor and the client address are added
	 * here; a null actor is the server itself ("system"). A module's own events need no
	 * call: an {@link AuditableEvent} it publishes is recorded the same way.
	 */
	public void append(AuditFacts facts) {
		writer.append(EntryDraft.inContext(facts));
	}

	/**
	 * Runs engine work with a reason for change; every entry it produces (variable
	 * updates, operations) carries it.
	 */
	public <T> T withReason(String reason, Supplier<T> work) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A change of a GxP record needs a reason (EU Annex 11 §9)");
		}
		return ChangeContext.withReason(reason.trim(), work);
	}

	public List<AuditEntry> entries(AuditQuery query) {
		return queries.find(query);
	}

	/**
	 * The entries after {@code afterSeq} up to and including {@code upToSeq}, oldest
	 * first, at most {@code limit}: what a periodic review covers between two high-water
	 * marks (EU Annex 11 §9, CHK-25).
	 */
	public List<AuditEntry> entriesBetween(long afterSeq, long upToSeq, int limit) {
		return queries.between(afterSeq, upToSeq, limit);
	}

	/**
	 * The sequence number of the newest entry (0 when empty): a review's high-water mark.
	 */
	public long latestSeq() {
		return queries.latestSeq();
	}

	/**
	 * The sealed head of the chain (position and hash), empty when nothing is sealed:
	 * what a restore report states about a restored database (CHK-20).
	 */
	public Optional<ChainPosition> sealedHead() {
		return queries.sealedHead();
	}

	/**
	 * This ledger's chain hash at a position, empty when the chain is shorter: a restored
	 * ledger whose head has the same hash here is a prefix of this ledger.
	 */
	public Optional<String> chainHashAt(long position) {
		return queries.chainHashAt(position);
	}

	/**
	 * Recomputes the whole chain, checks checkpoint and high-water mark signatures, and
	 * cross-checks the engine history and the gxp_* record tables against the ledger
	 * (CHK-04, CHK-19): a full walk.
	 */
	public VerificationReport verify() {
		return verifier.verify(true, null);
	}

	/**
	 * Verifies from the last verified, signed checkpoint on (see
	 * {@link VerificationReport#mode()}): its signature and chain link are checked again
	 * first, and a forged or altered one is reported and replaced by a full walk. What an
	 * incremental run cannot see is listed in docs/audit-trail.md; a full walk or a
	 * record's proof finds it.
	 */
	public VerificationReport verifyIncremental() {
		return verifier.verify(false, null);
	}

	/**
	 * A full walk or an incremental run on behalf of {@code requestedBy} (recorded with
	 * the checkpoint an intact run verified up to).
	 */
	public VerificationReport verify(VerificationScope scope, String requestedBy) {
		return verifier.verify(scope == VerificationScope.FULL, requestedBy);
	}

	/**
	 * Every entry of one record (process instance), oldest first, handed over one by one
	 * while the ledger is read in pages: for dossiers of any length in bounded memory.
	 */
	public void forEachEntryOfRecord(String processInstanceId, Consumer<AuditEntry> each) {
		queries.forEachOfRecord(processInstanceId, 500, each);
	}

	/**
	 * The entries of a record that captured the given engine history rows (for example
	 * {@code ACT_HI_DETAIL} ids of variable updates), by row id: who, old value and
	 * reason of each change as the ledger holds them.
	 */
	public Map<String, AuditEntry> entriesAboutHistoryRows(String processInstanceId, String historyTable,
			Collection<String> rowIds) {
		return queries.aboutHistoryRows(processInstanceId, historyTable, rowIds);
	}

	/**
	 * Proves the entries of one record without walking the whole chain: each entry's
	 * hash, its chaining to the neighbours in its sealed segment and the signed
	 * checkpoints that cover it (see {@link RecordProof}).
	 */
	public RecordProof proveRecord(String processInstanceId) {
		return proofs.prove(processInstanceId);
	}

	/**
	 * Seals what is waiting now (the server also does this on its own, every N entries or
	 * T seconds).
	 */
	public int seal() {
		return sealer.sealNow();
	}

	/**
	 * Writes the signed bundle of all sealed entries for offline checking (JSON lines,
	 * see docs/audit-trail.md).
	 */
	public void exportBundle(OutputStream out) throws IOException {
		bundle.write(out);
	}

	/** Checks a bundle without any database; the report names the first bad entry. */
	public static VerificationReport verifyBundle(Path file) throws IOException {
		return AuditBundle.verify(file, new ArrayList<>());
	}

}
