package org.gxpbridge.audittrail.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far the sealer is behind, for the {@code gxp.ledger.*} meters and the
 * {@code sealer} health component (issue 16). An entry is protected by the chain only
 * once sealed, so entries waiting long for their seal are the risk an operator watches.
 * Looks only as far back as the sealer itself does (its late-commit window,
 * {@link LedgerSealer#LATE_WINDOW}), so a scrape never scans the whole ledger.
 */
@Component
class SealerLag {

	/**
	 * Both sides bounded by the window: an unbounded {@code not exists} let PostgreSQL
	 * hash the whole seal table on every scrape.
	 */
	private static final String UNSEALED = "from gxp_audit_entry e where e.seq > ? "
			+ "and not exists (select 1 from gxp_audit_seal s where s.seq = e.seq and s.seq > ?)";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Settings settings;

	SealerLag(JdbcTemplate jdbc, Clock clock, Settings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	Snapshot now() {
		Instant now = clock.instant();
		Long highestSealed = jdbc.queryForObject("select max(seq) from gxp_audit_seal", Long.class);
		long above = (highestSealed == null ? 0 : highestSealed) - LedgerSealer.LATE_WINDOW;
		Snapshot s = jdbc.queryForObject(
				"select count(*), min(e.recorded_at), (select max(sealed_at) from gxp_audit_checkpoint) " + UNSEALED,
				(rs, n) -> new Snapshot(now, rs.getLong(1), instant(rs, 2), instant(rs, 3)), above, above);
		return s;
	}

	Duration maxUnsealedAge() {
		return settings.maxUnsealedAge();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	/**
	 * @param unsealed entries not yet in the chain
	 * @param oldestUnsealed when the oldest of them was recorded, null when none waits
	 * @param lastCheckpoint when the newest signed checkpoint was written, null before
	 * the first
	 */
	record Snapshot(Instant at, long unsealed, Instant oldestUnsealed, Instant lastCheckpoint) {

		Duration oldestUnsealedAge() {
			return oldestUnsealed == null ? Duration.ZERO : Duration.between(oldestUnsealed, at);
		}

		/** Null before the first checkpoint. */
		Duration checkpointAge() {
			return lastCheckpoint == null ? null : Duration.between(lastCheckpoint, at);
		}

	}

	/**
	 * {@code gxp.operations.sealer.*}.
	 *
	 * @param maxUnsealedAge an entry waiting longer than this for its seal turns the
	 * {@code sealer} health component to WARN
	 */
	@ConfigurationProperties("gxp.operations.sealer")
	record Settings(Duration maxUnsealedAge) {

		Settings {
			maxUnsealedAge = maxUnsealedAge == null ? Duration.ofMinutes(1) : maxUnsealedAge;
		}
	}

}
