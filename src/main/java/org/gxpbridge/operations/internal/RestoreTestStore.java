package org.gxpbridge.operations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gxpbridge.operations.RestoreReport;
import org.gxpbridge.operations.RestoreTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Rows of gxp_restore_test (V165). */
@Repository
public class RestoreTestStore {

	private static final String COLUMNS = "test_id, process_instance_id, status, opened_at, opened_by, report_sha256, "
			+ "report_generated_at, ledger_intact, ledger_position, chain_hash, signatures, signatures_verified, "
			+ "report_accepted_by, report_accepted_at, backup_taken_at, restored_to, evidence, recorded_by, "
			+ "recorded_at, approved_by, approved_at";

	private final JdbcTemplate jdbc;

	RestoreTestStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(String testId, String processInstanceId, Instant at, String by) {
		jdbc.update("insert into gxp_restore_test (test_id, process_instance_id, status, opened_at, opened_by) "
				+ "values (?, ?, ?, ?, ?)", testId, processInstanceId, RestoreTest.OPEN, ts(at), by);
	}

	public void acceptReport(String testId, String json, String sha256, RestoreReport r, String by, Instant at) {
		jdbc.update("update gxp_restore_test set report = ?, report_sha256 = ?, report_generated_at = ?, "
				+ "ledger_intact = ?, ledger_position = ?, chain_hash = ?, signatures = ?, signatures_verified = ?, "
				+ "report_accepted_by = ?, report_accepted_at = ? where test_id = ?", json, sha256, ts(r.generatedAt()),
				r.ledgerIntact(), r.lastSealedPosition(), r.chainHash(), r.signatures(), r.signaturesVerified(), by,
				ts(at), testId);
	}

	public void record(String testId, Instant backupTakenAt, String restoredTo, String evidence, String by,
			Instant at) {
		jdbc.update(
				"update gxp_restore_test set status = ?, backup_taken_at = ?, restored_to = ?, evidence = ?, "
						+ "recorded_by = ?, recorded_at = ? where test_id = ?",
				RestoreTest.RECORDED, ts(backupTakenAt), restoredTo, evidence, by, ts(at), testId);
	}

	public void approve(String testId, String by, Instant at) {
		jdbc.update("update gxp_restore_test set status = ?, approved_by = ?, approved_at = ? where test_id = ?",
				RestoreTest.APPROVED, by, ts(at), testId);
	}

	public Optional<RestoreTest> find(String testId) {
		return jdbc
			.query("select " + COLUMNS + " from gxp_restore_test where test_id = ?", RestoreTestStore::map, testId)
			.stream()
			.findFirst();
	}

	public Optional<RestoreTest> forProcessInstance(String processInstanceId) {
		return jdbc
			.query("select " + COLUMNS + " from gxp_restore_test where process_instance_id = ?", RestoreTestStore::map,
					processInstanceId)
			.stream()
			.findFirst();
	}

	/** The stored restore report as uploaded. */
	public Optional<String> report(String testId) {
		return jdbc.queryForList("select report from gxp_restore_test where test_id = ?", String.class, testId)
			.stream()
			.filter(r -> r != null)
			.findFirst();
	}

	/** Newest first. */
	public List<RestoreTest> all(int limit) {
		return jdbc.query("select " + COLUMNS + " from gxp_restore_test order by opened_at desc, test_id desc "
				+ "fetch first " + limit + " rows only", RestoreTestStore::map);
	}

	/** The newest approved test. */
	public Optional<RestoreTest> latestApproved() {
		return jdbc
			.query("select " + COLUMNS + " from gxp_restore_test where status = ? order by approved_at desc "
					+ "fetch first 1 rows only", RestoreTestStore::map, RestoreTest.APPROVED)
			.stream()
			.findFirst();
	}

	private static RestoreTest map(ResultSet rs, int n) throws SQLException {
		return new RestoreTest(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4), rs.getString(5),
				rs.getString(6), instant(rs, 7), (Boolean) rs.getObject(8), number(rs, 9), rs.getString(10),
				number(rs, 11), number(rs, 12), rs.getString(13), instant(rs, 14), instant(rs, 15), rs.getString(16),
				rs.getString(17), rs.getString(18), instant(rs, 19), rs.getString(20), instant(rs, 21));
	}

	private static Long number(ResultSet rs, int column) throws SQLException {
		long v = rs.getLong(column);
		return rs.wasNull() ? null : v;
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static Timestamp ts(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

}
