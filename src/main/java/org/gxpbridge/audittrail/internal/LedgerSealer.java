package org.gxpbridge.audittrail.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;

import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.audittrail.AuditSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * the highest sealed seq; the late-commit window below it is searched when this sealer
 * passed a gap there (those seqs only), on an explicit {@link #sealNow()}, and otherwise
 * at most every {@link #LATE_SCAN_INTERVAL} (entries late-committed while another node
 * sealed, or before a restart). The mark's entry count carries the newest mark's count
 * forward, once its signature verified, by the entries above its highest seq.
 */
@Component
public class LedgerSealer {

	static final long ADVISORY_LOCK_KEY = 0x6778_7041_7564_6974L;

	/**
	 * Entries that committed late are looked for this far below the highest sealed seq.
	 */
	static final long LATE_WINDOW = 10_000;

	/** How often the whole late-commit window is searched without a known gap. */
	static final Duration LATE_SCAN_INTERVAL = Duration.ofSeconds(30);

	/** Marks looked at, newest first, for one that verifies to count on from. */
	static final int MARKS_LOOKED_AT = 10;

	private static final Logger log = LoggerFactory.getLogger(LedgerSealer.class);

	/** More passed gaps than this are left to the periodic search of the window. */
	private static final int MAX_TRACKED_GAPS = 1_000;

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

	/**
	 * Seqs this sealer passed as gaps inside the late-commit window: looked for at every
	 * seal until they commit or fall out of the window. Touched under the sealer lock.
	 */
	private final TreeSet<Long> passedGaps = new TreeSet<>();

	private boolean gapsOverflowed;

	private Instant nextLateScan = Instant.MIN;

	LedgerSealer(JdbcTemplate jdbc, TransactionTemplate transactions, ServerKey key, AuditSettings settings,
			LedgerWriter writer) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.key = key;
		this.settings = settings;
		this.writer = writer;
		this.postgres = Boolean.TRUE.equals(jdbc
			.execute((Connection c) -> c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
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
				sealed = transactions.execute(status -> sealBatch(wait));
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
		// late entries first (chain order is seal order), then new ones in seq order
		List<AuditEntry> candidates = new ArrayList<>(lateEntries(highest, wait, limit));
		if (candidates.size() < limit) {
			candidates.addAll(jdbc.query(
					"select " + LedgerRows.COLUMNS
							+ " from gxp_audit_entry e where e.seq > ? order by e.seq fetch first ? rows only",
					(rs, n) -> LedgerRows.entry(rs, false), highest, limit - candidates.size()));
		}
		Instant graceLimit = writer.now().minus(settings.sealGrace());
		List<Object[]> seals = new ArrayList<>();
		long expected = highest + 1;
		for (AuditEntry e : candidates) {
			if (e.seq() > highest) {
				if (e.seq() != expected && e.recordedAt().isAfter(graceLimit)) {
					break; // the missing seq may still commit; seal it in order next time
				}
				rememberGaps(expected, e.seq());
				expected = e.seq() + 1;
			}
			else {
				passedGaps.remove(e.seq());
			}
			hash = Canonical.chain(hash, e);
			seals.add(new Object[] { ++pos, e.seq(), hash });
		}
		if (seals.isEmpty()) {
			if (idleMarkDue()) {
				writeWatermark(pos, hash);
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
		writeWatermark(pos, hash);
		return seals.size();
	}

	/**
	 * Unsealed entries at or below the highest sealed seq (committed after sealing passed
	 * their seq), oldest first.
	 */
	private List<AuditEntry> lateEntries(long highest, boolean wait, int limit) {
		long lowest = Math.max(0, highest - LATE_WINDOW);
		passedGaps.headSet(lowest, true).clear();
		Instant now = writer.now();
		List<Long> late;
		if (wait || gapsOverflowed || !now.isBefore(nextLateScan)) {
			nextLateScan = now.plus(LATE_SCAN_INTERVAL);
			gapsOverflowed = false;
			// two index ranges compared here: an anti-join could hash the whole seal
			// table
			Set<Long> sealed = new HashSet<>(jdbc.queryForList(
					"select seq from gxp_audit_seal where seq > ? and seq <= ?", Long.class, lowest, highest));
			late = jdbc
				.queryForList("select seq from gxp_audit_entry where seq > ? and seq <= ? order by seq", Long.class,
						lowest, highest)
				.stream()
				.filter(seq -> !sealed.contains(seq))
				.limit(limit)
				.toList();
		}
		else if (passedGaps.isEmpty()) {
			return List.of();
		}
		else {
			late = new ArrayList<>(passedGaps);
		}
		if (late.isEmpty()) {
			return List.of();
		}
		String marks = String.join(",", Collections.nCopies(late.size(), "?"));
		// a gap another node has sealed meanwhile is not sealed twice (seq is unique in
		// the seal table anyway)
		return jdbc.query(
				"select " + LedgerRows.COLUMNS + " from gxp_audit_entry e where e.seq in (" + marks
						+ ") and not exists (select 1 from gxp_audit_seal s where s.seq = e.seq) order by e.seq",
				(rs, n) -> LedgerRows.entry(rs, false), late.toArray());
	}

	/** Seqs {@code from} (inclusive) to {@code to} (exclusive) were passed as gaps. */
	private void rememberGaps(long from, long to) {
		if (to - from + passedGaps.size() > MAX_TRACKED_GAPS) {
			gapsOverflowed = true; // the next seal searches the whole window
			return;
		}
		for (long seq = from; seq < to; seq++) {
			passedGaps.add(seq);
		}
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
	 * together. Verification finds a deleted tail by it.
	 */
	private void writeWatermark(long pos, String hash) {
		long[] counted = countEntries();
		long entries = counted[0];
		long lastSeq = counted[1];
		Instant writtenAt = writer.now();
		jdbc.update(
				"insert into gxp_audit_watermark (entries, last_seq, last_pos, chain_hash, written_at, written_by, key_id, signature) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?)",
				entries, lastSeq, pos, hash, LedgerRows.odt(writtenAt), node, key.keyId(),
				key.sign(Canonical.watermarkPayload(entries, lastSeq, pos, hash, writtenAt)));
		pendingMark = new long[] { pos, entries };
	}

	/**
	 * {entries, highest seq} for the next mark. From the newest mark whose signature
	 * verifies with this server's key: its count plus the entries above its highest seq,
	 * and never a lower highest seq than it states, so a mark never takes back what an
	 * earlier one vouched for (entries deleted before the next mark stay missing, and a
	 * newer mark altered behind the server's back is passed over, not carried forward or
	 * replaced by a recount). An entry committing below a mark's highest seq after that
	 * mark is not added: the count can only be low, never high, and the chain covers that
	 * entry once sealed. Without a verifiable mark among the newest
	 * {@link #MARKS_LOOKED_AT}, every entry is counted.
	 */
	private long[] countEntries() {
		List<LedgerVerifier.Watermark> newest = jdbc.query(
				"select entries, last_seq, last_pos, chain_hash, written_at, signature, key_id from gxp_audit_watermark "
						+ "order by id desc fetch first " + MARKS_LOOKED_AT + " rows only",
				(rs, n) -> key.keyId().equals(rs.getString(7)) ? new LedgerVerifier.Watermark(rs.getLong(1),
						rs.getLong(2), rs.getLong(3), rs.getString(4), LedgerRows.instant(rs, 5), rs.getString(6))
						: null);
		for (int i = 0; i < newest.size(); i++) {
			LedgerVerifier.Watermark mark = newest.get(i);
			if (mark == null
					|| !ServerKey.verify(key.certificate().getPublicKey(), Canonical.watermarkPayload(mark.entries(),
							mark.lastSeq(), mark.lastPos(), mark.chainHash(), mark.writtenAt()), mark.signature())) {
				continue;
			}
			if (i > 0) {
				log.warn("The newest {} high-water mark(s) of the audit ledger do not verify with the server key "
						+ "(altered, or signed by another key); the next mark counts on from the newest that does", i);
			}
			Map<String, Object> above = jdbc.queryForMap(
					"select count(*) as entries, coalesce(max(seq), 0) as last_seq from gxp_audit_entry where seq > ?",
					mark.lastSeq());
			return new long[] { mark.entries() + ((Number) above.get("entries")).longValue(),
					Math.max(mark.lastSeq(), ((Number) above.get("last_seq")).longValue()) };
		}
		Map<String, Object> all = jdbc
			.queryForMap("select count(*) as entries, coalesce(max(seq), 0) as last_seq from gxp_audit_entry");
		return new long[] { ((Number) all.get("entries")).longValue(), ((Number) all.get("last_seq")).longValue() };
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
