package org.gxpbridge.audittrail.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.audittrail.AuditSettings;
import org.gxpbridge.shared.Databases;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains unsealed entries and signs a checkpoint per batch (at most
 * {@code seal-every-entries} entries per batch). Appending never waits for this: only
 * sealers serialise, on PostgreSQL through a transaction-scoped advisory lock (one node
 * at a time), on H2 through a JVM lock. The dense, unique {@code pos} makes a fork
 * impossible even if two sealers ever raced.
 *
 * <p>
 * Identity values are handed out before commit, so a lower seq can become visible after a
 * higher one. The sealer seals in seq order up to the first gap whose following entry is
 * younger than the grace period (the missing one may still be in flight); an older gap is
 * a rolled-back transaction and is passed. An entry that commits after its gap was passed
 * is still sealed, at the end of the chain: chain order is seal order, so nothing is ever
 * lost.
 *
 * <p>
 * The work of a seal does not grow with the ledger (issue 17 goal 1: on PostgreSQL a seal
 * at 25,000 entries spent about 30 ms hashing the whole seal table to find late entries
 * and 25 ms counting every entry for the mark). New entries are read by seq range above
 * the highest sealed seq. Each seq passed as a gap is written to
 * {@code gxp_audit_seal_gap} in the seal's transaction, and late entries are looked for
 * there; the whole window is searched (an anti-join bounded on both sides) only on an
 * explicit {@link #sealNow()} and at this JVM's first seal, for gaps passed before gap
 * rows existed. The mark's entry count is exact without counting the ledger: the sealed
 * entries (the chain's length), the late ones still waiting and those above the highest
 * sealed seq.
 */
@Component
public class LedgerSealer {

	static final long ADVISORY_LOCK_KEY = 0x6778_7041_7564_6974L;

	/**
	 * Entries that committed late are looked for this far below the highest sealed seq.
	 */
	static final long LATE_WINDOW = 10_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final ServerKey key;

	private final AuditSettings settings;

	private final LedgerWriter writer;

	private final boolean postgres;

	private final ReentrantLock jvmLock = new ReentrantLock();

	private final String node;

	private volatile long lastWatermarkPos;

	private volatile long lastWatermarkEntries;

	private long[] pendingMark;

	/** Whether this JVM has searched the whole late window once (and committed). */
	private volatile boolean windowSearched;

	private boolean pendingWindowSearched;

	LedgerSealer(JdbcTemplate jdbc, TransactionTemplate transactions, ServerKey key, AuditSettings settings,
			LedgerWriter writer) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.key = key;
		this.settings = settings;
		this.writer = writer;
		this.postgres = Databases.isPostgres(jdbc);
		this.node = nodeName();
	}

	/**
	 * Seals everything sealable now, waiting for a sealer busy elsewhere; returns how
	 * many entries were sealed.
	 */
	public int sealNow() {
		jvmLock.lock();
		return sealLocked(true);
	}

	/**
	 * The scheduled variant: when another thread or node is sealing, leave it to them.
	 */
	int sealIfFree() {
		if (!jvmLock.tryLock()) {
			return 0;
		}
		return sealLocked(false);
	}

	private int sealLocked(boolean wait) {
		try {
			int total = 0;
			int sealed;
			do {
				pendingMark = null;
				pendingWindowSearched = false;
				sealed = transactions.execute(status -> sealBatch(wait));
				windowSearched |= pendingWindowSearched;
				total += sealed;
				long[] committed = pendingMark;
				if (committed != null) {
					// remembered only once committed: verification compares the database
					// with it
					lastWatermarkPos = Math.max(lastWatermarkPos, committed[0]);
					lastWatermarkEntries = Math.max(lastWatermarkEntries, committed[1]);
				}
			}
			while (sealed >= settings.sealEveryEntries());
			return total;
		}
		finally {
			jvmLock.unlock();
		}
	}

	private int sealBatch(boolean wait) {
		if (postgres) {
			if (wait) {
				jdbc.queryForList("select pg_advisory_xact_lock(?)", ADVISORY_LOCK_KEY);
			}
			else if (!Boolean.TRUE
				.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, ADVISORY_LOCK_KEY))) {
				return 0;
			}
		}
		List<Object[]> head = jdbc.query(
				"select pos, chain_hash from gxp_audit_seal order by pos desc fetch first 1 rows only",
				(rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) });
		long pos = head.isEmpty() ? 0 : (Long) head.get(0)[0];
		String hash = head.isEmpty() ? Canonical.GENESIS : (String) head.get(0)[1];
		Long maxSealed = jdbc.queryForObject("select max(seq) from gxp_audit_seal", Long.class);
		long highest = maxSealed == null ? 0 : maxSealed;
		int limit = settings.sealEveryEntries();
		long lowest = Math.max(0, highest - LATE_WINDOW);
		// a seq below the window never commits now (its transaction rolled back), or is
		// reported by verification if it ever does
		jdbc.update("delete from gxp_audit_seal_gap where seq <= ?", lowest);
		boolean searchWindow = wait || !windowSearched;
		List<Long> late = lateSeqs(lowest, highest, searchWindow);
		pendingWindowSearched = searchWindow;
		List<Long> lateNow = late.subList(0, Math.min(late.size(), limit));
		// late entries first (chain order is seal order), then new ones in seq order
		List<AuditEntry> candidates = new ArrayList<>(entriesBySeq(lateNow));
		if (candidates.size() < limit) {
			candidates.addAll(jdbc.query(
					"select " + LedgerRows.COLUMNS
							+ " from gxp_audit_entry e where e.seq > ? order by e.seq fetch first ? rows only",
					(rs, n) -> LedgerRows.entry(rs, false), highest, limit - candidates.size()));
		}
		Instant graceLimit = writer.now().minus(settings.sealGrace());
		List<Object[]> seals = new ArrayList<>();
		List<Long> passed = new ArrayList<>();
		long expected = highest + 1;
		long highestNow = highest;
		for (AuditEntry e : candidates) {
			if (e.seq() > highest) {
				if (e.seq() != expected && e.recordedAt().isAfter(graceLimit)) {
					break; // the missing seq may still commit; seal it in order next time
				}
				for (long gap = Math.max(expected, e.seq() - LATE_WINDOW); gap < e.seq(); gap++) {
					passed.add(gap);
				}
				expected = e.seq() + 1;
				highestNow = e.seq();
			}
			hash = Canonical.chain(hash, e);
			seals.add(new Object[] { ++pos, e.seq(), hash });
		}
		// still waiting after this seal: late entries beyond the batch, and everything
		// above the highest seq sealed now
		long lateWaiting = late.size() - lateNow.size();
		if (!lateNow.isEmpty()) {
			LedgerRows.inLists(lateNow,
					(list, args) -> jdbc.update("delete from gxp_audit_seal_gap where seq in " + list, args));
		}
		if (!passed.isEmpty()) {
			Object now = LedgerRows.odt(writer.now());
			LedgerRows.insertInChunks(jdbc, "insert into gxp_audit_seal_gap (seq, passed_at) values ", "(?, ?)",
					passed.stream().map(seq -> new Object[] { seq, now }).toList(), 200);
		}
		if (seals.isEmpty()) {
			if (idleMarkDue()) {
				writeWatermark(pos, hash, highestNow, lateWaiting);
			}
			return 0;
		}
		LedgerRows.insertInChunks(jdbc, "insert into gxp_audit_seal (pos, seq, chain_hash) values ", "(?, ?, ?)", seals,
				200);
		Instant sealedAt = writer.now();
		jdbc.update(
				"insert into gxp_audit_checkpoint (last_pos, chain_hash, sealed_at, sealed_by, key_id, signature) values (?, ?, ?, ?, ?, ?)",
				pos, hash, LedgerRows.odt(sealedAt), node, key.keyId(),
				key.sign(Canonical.checkpointPayload(pos, hash, sealedAt)));
		writeWatermark(pos, hash, highestNow, lateWaiting);
		return seals.size();
	}

	/**
	 * Seqs at or below the highest sealed one whose entry committed after sealing passed
	 * them, oldest first: from the gap rows, or by searching the whole window.
	 */
	private List<Long> lateSeqs(long lowest, long highest, boolean searchWindow) {
		if (searchWindow) {
			// both sides bounded to the window: an unbounded not-exists let PostgreSQL
			// hash the whole seal table
			return jdbc.queryForList("select e.seq from gxp_audit_entry e where e.seq > ? and e.seq <= ? "
					+ "and not exists (select 1 from gxp_audit_seal s where s.seq = e.seq and s.seq > ? and s.seq <= ?) "
					+ "order by e.seq", Long.class, lowest, highest, lowest, highest);
		}
		return jdbc.queryForList(
				"select g.seq from gxp_audit_seal_gap g join gxp_audit_entry e on e.seq = g.seq "
						+ "where not exists (select 1 from gxp_audit_seal s where s.seq = g.seq) order by g.seq",
				Long.class);
	}

	/** The rows of these seqs, in seq order; a seq whose row is gone is left out. */
	private List<AuditEntry> entriesBySeq(List<Long> seqs) {
		List<AuditEntry> rows = new ArrayList<>(seqs.size());
		LedgerRows.inLists(seqs, (list, args) -> rows.addAll(jdbc.query(
				"select " + LedgerRows.COLUMNS + " from gxp_audit_entry e where e.seq in " + list + " order by e.seq",
				(rs, n) -> LedgerRows.entry(rs, false), args)));
		return rows;
	}

	private boolean idleMarkDue() {
		List<Instant> newest = jdbc.query(
				"select written_at from gxp_audit_watermark order by id desc fetch first 1 rows only",
				(rs, n) -> LedgerRows.instant(rs, 1));
		return newest.isEmpty() || !newest.get(0).plus(settings.watermarkInterval()).isAfter(writer.now());
	}

	/**
	 * The signed high-water mark: how many entries there are, the highest seq and the
	 * chain head, in the transaction of the seal, so a mark and the seals it names commit
	 * together. Verification finds a deleted tail by it. The count is exact and costs two
	 * index ranges: every chain position is a sealed entry ({@code pos}), plus the late
	 * entries still waiting in the window and every entry above the highest seq sealed
	 * ({@code count(*)} over the whole ledger cost a full scan per seal). An entry a DBA
	 * inserted below the window is not counted (verification reports it anyway), and an
	 * entry deleted after its seal still is, so verification reports it missing.
	 */
	private void writeWatermark(long pos, String hash, long highestSealed, long lateWaiting) {
		Map<String, Object> above = jdbc.queryForMap(
				"select count(*) as entries, coalesce(max(seq), 0) as last_seq from gxp_audit_entry where seq > ?",
				highestSealed);
		long entries = pos + lateWaiting + ((Number) above.get("entries")).longValue();
		long lastSeq = Math.max(highestSealed, ((Number) above.get("last_seq")).longValue());
		Instant writtenAt = writer.now();
		jdbc.update(
				"insert into gxp_audit_watermark (entries, last_seq, last_pos, chain_hash, written_at, written_by, key_id, signature) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?)",
				entries, lastSeq, pos, hash, LedgerRows.odt(writtenAt), node, key.keyId(),
				key.sign(Canonical.watermarkPayload(entries, lastSeq, pos, hash, writtenAt)));
		pendingMark = new long[] { pos, entries };
	}

	/**
	 * The highest chain position and entry count this server has signed a mark for; a
	 * database showing less lost them.
	 */
	long[] lastWatermarkWritten() {
		return new long[] { lastWatermarkPos, lastWatermarkEntries };
	}

	private static String nodeName() {
		try {
			return LedgerRows.cut(InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid(), 100);
		}
		catch (IOException e) {
			return "pid " + ProcessHandle.current().pid();
		}
	}

}
