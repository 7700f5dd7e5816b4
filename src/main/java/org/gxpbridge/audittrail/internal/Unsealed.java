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
	 * {@code from} 0 reads them all.
	 */
	long[] read(long from, Instant lastCheckpointAt, long highestSealedSeq, Consumer<AuditEntry> rows) {
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
		jdbc.query("select " + LedgerRows.COLUMNS + " from gxp_audit_entry e where e.seq > ? "
				+ "and not exists (select 1 from gxp_audit_seal s where s.seq = e.seq and s.seq > ?) order by e.seq",
				rs -> {
					AuditEntry e = LedgerRows.entry(rs, false);
					unsealed[0]++;
					unsealed[1] = Math.max(unsealed[1], e.seq());
					if (e.seq() < chainTop && insertedBehindLimit != null
							&& e.recordedAt().isBefore(insertedBehindLimit)) {
						f.broken(e.seq(), "entry seq " + e.seq()
								+ " is older than the sealed chain but not part of it: inserted behind the sealer's back");
					}
					rows.accept(e);
				}, above, above);
		return unsealed;
	}

}
