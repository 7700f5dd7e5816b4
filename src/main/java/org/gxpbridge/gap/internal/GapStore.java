package org.gxpbridge.gap.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.gxpbridge.gap.AssessmentStatus;
import org.gxpbridge.gap.GapAssessment;
import org.gxpbridge.gap.RowStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The assessment versions and their rows in the module's tables (V60). */
@Repository
public class GapStore {

	/** An assessed row as stored. */
	public record StoredRow(String assessmentId, int version, String frameworkId, String requirementId,
			RowStatus status, String justification, List<String> evidenceDocumentIds, String assessor,
			Instant assessedAt) {

		/** The row as the audit trail shows old and new values. */
		public String describe() {
			return status + " | " + (justification == null ? "" : justification) + " | evidence " + evidenceDocumentIds;
		}
	}

	private static final RowMapper<GapAssessment> ASSESSMENT = (rs, n) -> new GapAssessment(rs.getString("id"),
			rs.getInt("version"), rs.getString("title"), AssessmentStatus.valueOf(rs.getString("status")),
			split(rs.getString("framework_ids")), rs.getString("process_instance_id"), rs.getString("created_by"),
			instant(rs, "created_at"), rs.getString("revision_reason"), instant(rs, "approved_at"));

	private static final RowMapper<StoredRow> ROW = (rs, n) -> new StoredRow(rs.getString("assessment_id"),
			rs.getInt("version"), rs.getString("framework_id"), rs.getString("requirement_id"),
			RowStatus.valueOf(rs.getString("status")), rs.getString("justification"),
			split(rs.getString("evidence_document_ids")), rs.getString("assessor"), instant(rs, "assessed_at"));

	private final JdbcTemplate jdbc;

	GapStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(GapAssessment a) {
		jdbc.update(
				"insert into gxp_gap_assessment (id, version, title, status, framework_ids, process_instance_id, created_by, "
						+ "created_at, revision_reason, approved_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				a.id(), a.version(), a.title(), a.status().name(), String.join(",", a.frameworkIds()),
				a.processInstanceId(), a.createdBy(), Timestamp.from(a.createdAt()), a.revisionReason(),
				a.approvedAt() == null ? null : Timestamp.from(a.approvedAt()));
	}

	public Optional<GapAssessment> assessment(String id, int version) {
		return jdbc.query("select * from gxp_gap_assessment where id = ? and version = ?", ASSESSMENT, id, version)
			.stream()
			.findFirst();
	}

	public Optional<GapAssessment> latest(String id) {
		return jdbc.query("select * from gxp_gap_assessment where id = ? order by version desc", ASSESSMENT, id)
			.stream()
			.findFirst();
	}

	public Optional<GapAssessment> byProcessInstance(String processInstanceId) {
		return jdbc
			.query("select * from gxp_gap_assessment where process_instance_id = ?", ASSESSMENT, processInstanceId)
			.stream()
			.findFirst();
	}

	/** The latest version of every assessment, newest first. */
	public List<GapAssessment> latestVersions() {
		return jdbc.query("select * from gxp_gap_assessment a where version = "
				+ "(select max(version) from gxp_gap_assessment b where b.id = a.id) order by created_at desc, id",
				ASSESSMENT);
	}

	public void update(String id, int version, AssessmentStatus status, String processInstanceId, Instant approvedAt) {
		jdbc.update(
				"update gxp_gap_assessment set status = ?, process_instance_id = ?, approved_at = ? where id = ? and version = ?",
				status.name(), processInstanceId, approvedAt == null ? null : Timestamp.from(approvedAt), id, version);
	}

	public List<StoredRow> rows(String id, int version) {
		return jdbc.query(
				"select * from gxp_gap_assessment_row where assessment_id = ? and version = ? order by framework_id, requirement_id",
				ROW, id, version);
	}

	public Optional<StoredRow> row(String id, int version, String frameworkId, String requirementId) {
		return jdbc
			.query("select * from gxp_gap_assessment_row where assessment_id = ? and version = ? and framework_id = ? "
					+ "and requirement_id = ?", ROW, id, version, frameworkId, requirementId)
			.stream()
			.findFirst();
	}

	public void save(StoredRow r, boolean exists) {
		String evidence = r.evidenceDocumentIds().isEmpty() ? null : String.join(",", r.evidenceDocumentIds());
		Timestamp at = Timestamp.from(r.assessedAt());
		if (exists) {
			jdbc.update("update gxp_gap_assessment_row set status = ?, justification = ?, evidence_document_ids = ?, "
					+ "assessor = ?, assessed_at = ? where assessment_id = ? and version = ? and framework_id = ? "
					+ "and requirement_id = ?", r.status().name(), r.justification(), evidence, r.assessor(), at,
					r.assessmentId(), r.version(), r.frameworkId(), r.requirementId());
		}
		else {
			jdbc.update("insert into gxp_gap_assessment_row (assessment_id, version, framework_id, requirement_id, "
					+ "status, justification, evidence_document_ids, assessor, assessed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
					r.assessmentId(), r.version(), r.frameworkId(), r.requirementId(), r.status().name(),
					r.justification(), evidence, r.assessor(), at);
		}
	}

	/**
	 * Rows MET with evidence for a requirement, in this assessment version or in an
	 * approved version of any assessment: the crosswalk's sources.
	 */
	public List<StoredRow> metWithEvidence(String frameworkId, String requirementId, String id, int version) {
		return jdbc.query("select r.* from gxp_gap_assessment_row r join gxp_gap_assessment a "
				+ "on a.id = r.assessment_id and a.version = r.version where r.framework_id = ? and r.requirement_id = ? "
				+ "and r.status = 'MET' and r.evidence_document_ids is not null "
				+ "and ((r.assessment_id = ? and r.version = ?) or a.status = 'APPROVED') "
				+ "order by r.assessed_at desc", ROW, frameworkId, requirementId, id, version);
	}

	static List<String> split(String commaSeparated) {
		return commaSeparated == null || commaSeparated.isBlank() ? List.of()
				: Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
