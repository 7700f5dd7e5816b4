package org.gxpbridge.regulation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gxpbridge.regulation.ApplicableFramework;
import org.gxpbridge.regulation.RegisterVersion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The applicability register's tables (V55): versions, their entries and the signatures
 * that approved them. No rules here; {@code ApplicabilityRegister} decides.
 */
@Repository
public class RegisterStore {

	private static final RowMapper<ApplicableFramework> ENTRY = (rs, n) -> new ApplicableFramework(
			rs.getString("framework_id"), rs.getBoolean("applicable"), rs.getString("rationale"),
			rs.getString("responsible"), rs.getString("accountable"), rs.getString("consulted"),
			rs.getString("informed"));

	private final JdbcTemplate jdbc;

	RegisterStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<RegisterVersion> versions(String registerId) {
		return jdbc.query("select * from gxp_register_version where register_id = ? order by version",
				(rs, n) -> version(rs.getString("register_id"), rs.getInt("version"), rs.getString("status"),
						rs.getTimestamp("approved_at"), rs.getString("process_instance_id")),
				registerId);
	}

	public Optional<RegisterVersion> version(String registerId, int version) {
		return jdbc
			.query("select * from gxp_register_version where register_id = ? and version = ?",
					(rs, n) -> version(registerId, version, rs.getString("status"), rs.getTimestamp("approved_at"),
							rs.getString("process_instance_id")),
					registerId, version)
			.stream()
			.findFirst();
	}

	public Optional<RegisterVersion> forProcessInstance(String processInstanceId) {
		return jdbc
			.query("select register_id, version from gxp_register_version where process_instance_id = ?",
					(rs, n) -> version(rs.getString("register_id"), rs.getInt("version")), processInstanceId)
			.stream()
			.findFirst()
			.flatMap(v -> v);
	}

	public void insertVersion(String registerId, int version, String authorId, String processInstanceId,
			String intakeDocumentId, String reason, Instant at) {
		jdbc.update(
				"insert into gxp_register_version (register_id, version, status, author_id, process_instance_id, "
						+ "intake_document_id, reason, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
				registerId, version, RegisterVersion.DRAFT, authorId, processInstanceId, intakeDocumentId, reason,
				Timestamp.from(at));
	}

	public void setStatus(String registerId, int version, String status, Instant approvedAt) {
		jdbc.update(
				"update gxp_register_version set status = ?, approved_at = coalesce(?, approved_at) "
						+ "where register_id = ? and version = ?",
				status, approvedAt == null ? null : Timestamp.from(approvedAt), registerId, version);
	}

	public Optional<ApplicableFramework> entry(String registerId, int version, String frameworkId) {
		return jdbc
			.query("select * from gxp_register_entry where register_id = ? and version = ? and framework_id = ?", ENTRY,
					registerId, version, frameworkId)
			.stream()
			.findFirst();
	}

	public void insertEntry(String registerId, int version, ApplicableFramework e) {
		jdbc.update(
				"insert into gxp_register_entry (register_id, version, framework_id, applicable, rationale, responsible, "
						+ "accountable, consulted, informed) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				registerId, version, e.frameworkId(), e.applicable(), e.rationale(), e.responsible(), e.accountable(),
				e.consulted(), e.informed());
	}

	public void updateEntry(String registerId, int version, ApplicableFramework e) {
		jdbc.update(
				"update gxp_register_entry set applicable = ?, rationale = ?, responsible = ?, accountable = ?, "
						+ "consulted = ?, informed = ? where register_id = ? and version = ? and framework_id = ?",
				e.applicable(), e.rationale(), e.responsible(), e.accountable(), e.consulted(), e.informed(),
				registerId, version, e.frameworkId());
	}

	public void deleteEntry(String registerId, int version, String frameworkId) {
		jdbc.update("delete from gxp_register_entry where register_id = ? and version = ? and framework_id = ?",
				registerId, version, frameworkId);
	}

	public void insertSignature(String registerId, int version, int position, String signatureId) {
		jdbc.update(
				"insert into gxp_register_signature (register_id, version, position, signature_id) values (?, ?, ?, ?)",
				registerId, version, position, signatureId);
	}

	private RegisterVersion version(String registerId, int version, String status, Timestamp approvedAt,
			String processInstanceId) {
		List<ApplicableFramework> entries = jdbc.query(
				"select * from gxp_register_entry where register_id = ? and version = ? order by framework_id", ENTRY,
				registerId, version);
		List<String> signatures = jdbc.queryForList(
				"select signature_id from gxp_register_signature where register_id = ? and version = ? order by position",
				String.class, registerId, version);
		return new RegisterVersion(registerId, version, status, entries,
				approvedAt == null ? null : approvedAt.toInstant(), processInstanceId, signatures);
	}

}
