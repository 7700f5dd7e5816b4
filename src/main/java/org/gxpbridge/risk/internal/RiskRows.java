package org.gxpbridge.risk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gxpbridge.risk.Risk;
import org.gxpbridge.risk.RiskKind;
import org.gxpbridge.risk.RiskOutcome;
import org.gxpbridge.risk.RiskPlan;
import org.gxpbridge.risk.RiskRegisterView;
import org.gxpbridge.risk.RiskSnapshot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The risk module's tables (V65__risk.sql): registers, risks and snapshots. Plain SQL
 * that runs on H2 and PostgreSQL; every write here is followed by the caller's audit
 * event.
 */
@Component
public class RiskRows {

	private final JdbcTemplate jdbc;

	RiskRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void insertRegister(String id, String title, String createdBy, Instant at, String processInstanceId) {
		jdbc.update(
				"insert into gxp_risk_register (id, version, status, title, process_instance_id, created_by, "
						+ "created_at) values (?, 1, ?, ?, ?, ?, ?)",
				id, RiskRegisterView.DRAFT, title, processInstanceId, createdBy, Timestamp.from(at));
	}

	public Optional<RiskRegisterView> register(String id) {
		return jdbc.query("select * from gxp_risk_register where id = ?", RiskRows::register, id).stream().findFirst();
	}

	public Optional<String> registerOf(String processInstanceId) {
		return jdbc
			.queryForList("select id from gxp_risk_register where process_instance_id = ?", String.class,
					processInstanceId)
			.stream()
			.findFirst();
	}

	/**
	 * Sets one column of the register; {@code column} is one of this class's callers'
	 * constants.
	 */
	public void setRegister(String id, String column, Object value) {
		jdbc.update("update gxp_risk_register set " + column + " = ? where id = ?", value, id);
	}

	public void setStatus(String id, int version, String status, Instant releasedAt) {
		jdbc.update("update gxp_risk_register set version = ?, status = ?, released_at = ? where id = ?", version,
				status, releasedAt == null ? null : Timestamp.from(releasedAt), id);
	}

	public List<Risk> risks(String registerId) {
		return jdbc.query("select * from gxp_risk where register_id = ? order by risk_id", RiskRows::risk, registerId);
	}

	public List<Risk> risksUpdatedSince(Instant since) {
		return jdbc.query("select * from gxp_risk where updated_at >= ? order by register_id, risk_id", RiskRows::risk,
				Timestamp.from(since));
	}

	public Optional<Risk> risk(String registerId, String riskId) {
		return jdbc
			.query("select * from gxp_risk where register_id = ? and risk_id = ?", RiskRows::risk, registerId, riskId)
			.stream()
			.findFirst();
	}

	public int riskCount(String registerId) {
		Integer n = jdbc.queryForObject("select count(*) from gxp_risk where register_id = ?", Integer.class,
				registerId);
		return n == null ? 0 : n;
	}

	private static final String RISK_COLUMNS = "kind, title, hazard, hazardous_situation, harm, asset, threat, "
			+ "vulnerability, severity, probability, exploitability, risk_controls, residual_severity, "
			+ "residual_probability, residual_exploitability, outcome_before, outcome_after, patch_track, "
			+ "fmea_severity, fmea_occurrence, fmea_detectability, fmea_residual_occurrence, "
			+ "fmea_residual_detectability, controls_confirmed, updated_by, updated_at";

	/**
	 * Inserts or replaces the risk row (the caller publishes one event per changed
	 * field).
	 */
	public void saveRisk(Risk r, boolean isNew) {
		Object[] values = { r.kind().name(), r.title(), r.hazard(), r.hazardousSituation(), r.harm(), r.asset(),
				r.threat(), r.vulnerability(), r.severity(), r.probability(), r.exploitability(), r.riskControls(),
				r.residualSeverity(), r.residualProbability(), r.residualExploitability(), r.outcomeBefore().name(),
				r.outcomeAfter() == null ? null : r.outcomeAfter().name(), r.patchTrack(), r.fmeaSeverity(),
				r.fmeaOccurrence(), r.fmeaDetectability(), r.fmeaResidualOccurrence(), r.fmeaResidualDetectability(),
				r.controlsConfirmed(), r.updatedBy(), Timestamp.from(r.updatedAt()), r.registerId(), r.riskId() };
		if (isNew) {
			jdbc.update("insert into gxp_risk (" + RISK_COLUMNS + ", register_id, risk_id) values (" + "?, ".repeat(27)
					+ "?)", values);
		}
		else {
			jdbc.update("update gxp_risk set " + RISK_COLUMNS.replace(",", " = ?,") + " = ? where register_id = ? "
					+ "and risk_id = ?", values);
		}
	}

	public void insertSnapshot(RiskSnapshot s) {
		jdbc.update(
				"insert into gxp_risk_snapshot (id, register_id, register_version, kind, taken_at, taken_by, "
						+ "content, content_sha256) values (?, ?, ?, ?, ?, ?, ?, ?)",
				s.id(), s.registerId(), s.registerVersion(), s.kind(), Timestamp.from(s.takenAt()), s.takenBy(),
				s.content(), s.contentSha256());
	}

	public List<RiskSnapshot> snapshots(String registerId) {
		return jdbc.query(
				"select id, register_id, register_version, kind, taken_at, taken_by, content_sha256 "
						+ "from gxp_risk_snapshot where register_id = ? order by taken_at, id",
				(rs, n) -> snapshot(rs, null), registerId);
	}

	public Optional<RiskSnapshot> snapshot(String registerId, String snapshotId) {
		return jdbc
			.query("select * from gxp_risk_snapshot where register_id = ? and id = ?",
					(rs, n) -> snapshot(rs, rs.getString("content")), registerId, snapshotId)
			.stream()
			.findFirst();
	}

	private static RiskSnapshot snapshot(ResultSet rs, String content) throws SQLException {
		return new RiskSnapshot(rs.getString("id"), rs.getString("register_id"), rs.getInt("register_version"),
				rs.getString("kind"), rs.getTimestamp("taken_at").toInstant(), rs.getString("taken_by"),
				rs.getString("content_sha256"), content);
	}

	private static RiskRegisterView register(ResultSet rs, int n) throws SQLException {
		Timestamp released = rs.getTimestamp("released_at");
		return new RiskRegisterView(rs.getString("id"), rs.getInt("version"), rs.getString("status"),
				rs.getString("title"),
				new RiskPlan(rs.getString("scope"), rs.getString("intended_use"),
						rs.getString("acceptability_criteria_ref"), bool(rs, "eu_market")),
				rs.getString("afap_justification"),
				new RiskRegisterView.SoftwareSafety(bool(rs, "sw_can_contribute"), bool(rs, "sw_unacceptable_risk"),
						rs.getString("sw_worst_harm"), rs.getString("software_safety_class")),
				rs.getString("benefit_risk_conclusion"), rs.getString("process_instance_id"),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
				released == null ? null : released.toInstant(), List.of(), List.of(), List.of());
	}

	private static Risk risk(ResultSet rs, int n) throws SQLException {
		String after = rs.getString("outcome_after");
		return new Risk(rs.getString("register_id"), rs.getString("risk_id"), RiskKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getString("hazard"), rs.getString("hazardous_situation"),
				rs.getString("harm"), rs.getString("asset"), rs.getString("threat"), rs.getString("vulnerability"),
				rs.getInt("severity"), integer(rs, "probability"), integer(rs, "exploitability"),
				rs.getString("risk_controls"), integer(rs, "residual_severity"), integer(rs, "residual_probability"),
				integer(rs, "residual_exploitability"), RiskOutcome.valueOf(rs.getString("outcome_before")),
				after == null ? null : RiskOutcome.valueOf(after), rs.getString("patch_track"),
				integer(rs, "fmea_severity"), integer(rs, "fmea_occurrence"), integer(rs, "fmea_detectability"),
				integer(rs, "fmea_residual_occurrence"), integer(rs, "fmea_residual_detectability"),
				rs.getBoolean("controls_confirmed"), rs.getString("updated_by"),
				rs.getTimestamp("updated_at").toInstant());
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int v = rs.getInt(column);
		return rs.wasNull() ? null : v;
	}

	private static Boolean bool(ResultSet rs, String column) throws SQLException {
		boolean v = rs.getBoolean(column);
		return rs.wasNull() ? null : v;
	}

}
