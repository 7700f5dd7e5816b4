package org.gxpbridge.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a tampering test does to the database as a DBA would, and what it then expects of
 * verification: a changed row is reported with its table, key and the entry that sealed
 * it; put back, the ledger is intact again.
 */
record LedgerProbe(AuditLedger ledger, JdbcTemplate jdbc) {

	/** Seals what is pending and expects an intact ledger. */
	void sealedAndIntact() {
		ledger.seal();
		intact();
	}

	void intact() {
		VerificationReport r = ledger.verify();
		assertThat(r.intact()).as(r.describe()).isTrue();
	}

	/** The seq of the newest entry that sealed the row. */
	long lastSeal(String table, String rowId) {
		Long seq = jdbc.queryForObject(
				"select max(seq) from gxp_audit_entry where source_table = ? and source_row_id = ?", Long.class, table,
				rowId);
		assertThat(seq).as("an entry sealing " + table + " row " + rowId).isNotNull();
		return seq;
	}

	/**
	 * Runs the DBA's statement, expects verification to name the row as altered with the
	 * entry that sealed it, then runs the statement that puts it back.
	 */
	void alteredIsReported(String table, String rowId, String tamper, String restore, Object... args) {
		long seq = lastSeal(table, rowId);
		jdbc.update(tamper, args);
		try {
			VerificationReport r = ledger.verify();
			assertThat(r.intact()).as(r.describe()).isFalse();
			assertThat(r.firstBrokenEntry()).as(r.describe()).isEqualTo(seq);
			assertThat(r.problems()).as(r.describe())
				.anySatisfy(
						p -> assertThat(p).contains(table + " row " + rowId + " differs from ledger entry seq " + seq));
		}
		finally {
			jdbc.update(restore, args);
		}
		intact();
	}

	/** The rows as they are, to put back after a delete. */
	List<Map<String, Object>> rows(String sql, Object... args) {
		return jdbc.queryForList(sql, args);
	}

	void insert(String table, Map<String, Object> row) {
		String columns = String.join(", ", row.keySet());
		String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
		jdbc.update("insert into " + table + " (" + columns + ") values (" + marks + ")", row.values().toArray());
	}

}
