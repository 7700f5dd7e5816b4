package org.gxpbridge.audittrail.internal;

import java.time.Instant;
import java.util.function.Consumer;

import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.audittrail.AuditSettings;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The entries still awaiting the sealer. One that is older than the sealed chain and
 * older than the sealer's grace before the last checkpoint was inserted behind the
 * sealer's back. An incremental run reads only those above the sealer's window below the
 * chain's highest seq (the sealer never looks further down); anything lower shows in its
 * entry count.
 */
final class Unsealed {

	private final JdbcTemplate jdbc;

	private final AuditSettings settings;

	private final LedgerVerifier.Findings f;

	Unsealed(JdbcTemplate jdbc, AuditSettings settings, LedgerVerifier.Findings findings) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.f = findings;
	}

	/**
	 * Hands each unsealed entry to {@code rows}; returns how many and the highest seq.
	 * {@code from} 0 reads them all: {@code sealedPresent} is then the number of entries
	 * the walk found in the chain, so the entries outside it are counted first. They are
	 * usually all above the chain's highest seq (the newest, awaiting the sealer), which
	 * an index range finds; only when fewer are there is every entry at or below it
	 * looked up in the chain (the scan that finds one inserted behind the sealer's back).
	 */
	long[] read(long from, Instant lastCheckpointAt, long highestSealedSeq, long sealedPresent,
			Consumer<AuditEntry> rows) {
		// a full walk reads every unsealed entry, even one a DBA inserted with seq 0 or
		// below
		long above = Long.MIN_VALUE;
		long highestSealed = highestSealedSeq;
		if (from > 0) {
			Long maxSealed = jdbc.queryForObject("select max(seq) from gxp_audit_seal", Long.class);
			highestSealed = Math.max(highestSealed, maxSealed == null ? 0 : maxSealed);
			above = Math.max(0, highestSealed - 2 * LedgerSealer.LATE_WINDOW);
		}
		long chainTop = highestSealed;
		long[] unsealed = { 0, 0 };
		Instant insertedBehindLimit = lastCheckpointAt == null ? null : lastCheckpointAt.minus(settings.sealGrace());
		Consumer<AuditEntry> each = e -> {
			unsealed[0]++;
			unsealed[1] = Math.max(unsealed[1], e.seq());
			if (e.seq() < chainTop && insertedBehindLimit != null && e.recordedAt().isBefore(insertedBehindLimit)) {
				f.broken(e.seq(), "entry seq " + e.seq()
						+ " is older than the sealed chain but not part of it: inserted behind the sealer's back");
			}
			rows.accept(e);
		};
		if (from > 0) {
			// the seal side bounded too: an unbounded not-exists let PostgreSQL hash the
			// whole seal table
			query("e.seq > ?", " and s.seq > ?", above, each);
			return unsealed;
		}
		// seal.seq is unique and entry.seq the key: the chain holds sealedPresent
		// distinct entries, the snapshot the rest
		Long all = jdbc.queryForObject("select count(*) from gxp_audit_entry", Long.class);
		long outside = (all == null ? 0 : all) - sealedPresent;
		if (outside == 0) {
			return unsealed;
		}
		// above the highest sealed seq nothing can be in the chain
		jdbc.query("select " + LedgerRows.COLUMNS + " from gxp_audit_entry e where e.seq > ? order by e.seq", rs -> {
			each.accept(LedgerRows.entry(rs, false));
		}, chainTop);
		if (unsealed[0] != outside) {
			query("e.seq <= ?", "", chainTop, each);
		}
		return unsealed;
	}

	private void query(String range, String sealRange, long bound, Consumer<AuditEntry> each) {
		Object[] args = sealRange.isEmpty() ? new Object[] { bound } : new Object[] { bound, bound };
		jdbc.query("select " + LedgerRows.COLUMNS + " from gxp_audit_entry e where " + range
				+ " and not exists (select 1 from gxp_audit_seal s where s.seq = e.seq" + sealRange
				+ ") order by e.seq", rs -> {
					each.accept(LedgerRows.entry(rs, false));
				}, args);
	}

}
