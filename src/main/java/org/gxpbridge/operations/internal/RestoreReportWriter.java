package org.gxpbridge.operations.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.audittrail.ChainPosition;
import org.gxpbridge.audittrail.VerificationReport;
import org.gxpbridge.operations.RestoreReport;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.signature.SignaturesVerified;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds the restore report of the database this server is connected to: a full ledger
 * walk, every signature verified, rows per table (CHK-20). The sealed head is the newest
 * checkpoint sealed before {@code notAfter}, so entries a start of the command itself
 * might seal do not make the restored head look foreign.
 */
@Component
public class RestoreReportWriter {

	private final AuditLedger ledger;

	private final Signatures signatures;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Flyway flyway;

	RestoreReportWriter(AuditLedger ledger, Signatures signatures, JdbcTemplate jdbc, Clock clock, Flyway flyway) {
		this.flyway = flyway;
		this.ledger = ledger;
		this.signatures = signatures;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The report of this database as restored up to {@code notAfter}. */
	public RestoreReport write(Instant notAfter) {
		VerificationReport verification = ledger.verify();
		ChainPosition head = restoredHead(notAfter);
		SignaturesVerified signed = signatures.verifyAll();
		return new RestoreReport(RestoreReport.FORMAT, clock.instant(), schemaVersion(), verification.intact(),
				verification.entries(), verification.problems(), head.position(), head.chainHash(), signed.total(),
				signed.verified(), signed.failed(), counts());
	}

	private ChainPosition restoredHead(Instant notAfter) {
		List<ChainPosition> head = jdbc.query(
				"select last_pos, chain_hash from gxp_audit_checkpoint where sealed_at <= ? "
						+ "order by last_pos desc fetch first 1 rows only",
				(rs, n) -> new ChainPosition(rs.getLong(1), rs.getString(2)), Timestamp.from(notAfter));
		return head.isEmpty() ? new ChainPosition(0, null) : head.get(0);
	}

	private String schemaVersion() {
		MigrationInfo current = flyway.info().current();
		return current == null || current.getVersion() == null ? null : current.getVersion().getVersion();
	}

	private Map<String, Long> counts() {
		List<String> tables = jdbc.execute((Connection c) -> {
			List<String> names = new ArrayList<>();
			DatabaseMetaData meta = c.getMetaData();
			try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] { "TABLE" })) {
				while (rs.next()) {
					names.add(rs.getString("TABLE_NAME"));
				}
			}
			return names;
		});
		Map<String, Long> counts = new TreeMap<>();
		for (String table : tables) {
			String name = table.toLowerCase(Locale.ROOT);
			if (name.startsWith("gxp_") || name.startsWith("act_")) {
				// quoted as the catalogue spells it: Flyway's own table is lower case on
				// H2
				counts.put(name, jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
			}
		}
		return counts;
	}

}
