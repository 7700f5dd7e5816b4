package org.gxpbridge.audittrail.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.audittrail.AuditSettings;
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
		List<AuditEntry> candidates = jdbc.query("select " + LedgerRows.COLUMNS
				+ " from gxp_audit_entry e where e.seq > ? "
				+ "and not exists (select 1 from gxp_audit_seal s where s.seq = e.seq) order by e.seq fetch first ? rows only",
				(rs, n) -> LedgerRows.entry(rs, false), Math.max(0, highest - LATE_WINDOW),
				settings.sealEveryEntries());
		Instant graceLimit = writer.now().minus(settings.sealGrace());
		List<Object[]> seals = new ArrayList<>();
		long expected = highest + 1;
		for (AuditEntry e : candidates) {
			if (e.seq() > highest) {
				if (e.seq() != expected && e.recordedAt().isAfter(graceLimit)) {
					break; // the missing seq may still commit; seal it in order next time
				}
				expected = e.seq() + 1;
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
		jdbc.batchUpdate("insert into gxp_audit_seal (pos, seq, chain_hash) values (?, ?, ?)", seals);
		Instant sealedAt = writer.now();
		jdbc.update(
				"insert into gxp_audit_checkpoint (last_pos, chain_hash, sealed_at, sealed_by, key_id, signature) values (?, ?, ?, ?, ?, ?)",
				pos, hash, LedgerRows.odt(sealedAt), node, key.keyId(),
				key.sign(Canonical.checkpointPayload(pos, hash, sealedAt)));
		writeWatermark(pos, hash);
		return seals.size();
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
		Map<String, Object> now = jdbc
			.queryForMap("select count(*) as entries, coalesce(max(seq), 0) as last_seq from gxp_audit_entry");
		long entries = ((Number) now.get("entries")).longValue();
		long lastSeq = ((Number) now.get("last_seq")).longValue();
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
