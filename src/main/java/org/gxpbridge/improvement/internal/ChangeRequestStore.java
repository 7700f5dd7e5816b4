package org.gxpbridge.improvement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gxpbridge.improvement.ChangeKind;
import org.gxpbridge.improvement.ChangeRequest;
import org.gxpbridge.improvement.ChangeRequestDocument;
import org.gxpbridge.improvement.ChangeRequestRisk;
import org.gxpbridge.improvement.ChangeRequestStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The change control tables (V95). No rules here; {@code ChangeRequests} decides. */
@Repository
public class ChangeRequestStore {

	private final JdbcTemplate jdbc;

	ChangeRequestStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The next id, CR-&lt;n&gt;; the unique number refuses a concurrent duplicate. */
	public int nextNumber() {
		Integer max = jdbc.queryForObject("select max(number) from gxp_change_request", Integer.class);
		return max == null ? 1 : max + 1;
	}

	public void insert(ChangeRequest c, int number, String duplicateKey) {
		jdbc.update(
				"insert into gxp_change_request (id, number, kind, title, description, reason, approved_sha256, "
						+ "status, duplicate_key, business_key, process_instance_id, requested_by, requested_at) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				c.id(), number, c.kind().name(), c.title(), c.description(), c.reason(), c.approvedSha256(),
				c.status().name(), duplicateKey, c.businessKey(), c.processInstanceId(), c.requestedBy(),
				ts(c.requestedAt()));
		for (ChangeRequestRisk r : c.risks()) {
			jdbc.update("insert into gxp_change_risk (change_id, risk_ref, risk_title, outcome_at_request) "
					+ "values (?, ?, ?, ?)", c.id(), r.riskRef(), r.title(), r.outcomeAtRequest());
		}
		for (ChangeRequestDocument d : c.documents()) {
			jdbc.update("insert into gxp_change_document (change_id, document_number, version_at_request, title) "
					+ "values (?, ?, ?, ?)", c.id(), d.documentNumber(), d.versionAtRequest(), d.title());
		}
	}

	/** Open changes (not rejected, closed or deviated) with this duplicate key. */
	public List<String> openWithKey(String duplicateKey) {
		return jdbc.queryForList("select id from gxp_change_request where duplicate_key = ? and status not in "
				+ "('REJECTED', 'DEVIATION', 'CLOSED')", String.class, duplicateKey);
	}

	public void status(String id, ChangeRequestStatus status) {
		jdbc.update("update gxp_change_request set status = ? where id = ?", status.name(), id);
	}

	public void assessed(String id, String validation, String patientSafety, String dataIntegrity, String userId,
			Instant at) {
		jdbc.update(
				"update gxp_change_request set status = ?, impact_validation = ?, impact_patient_safety = ?, "
						+ "impact_data_integrity = ?, assessed_by = ?, assessed_at = ? where id = ?",
				ChangeRequestStatus.ASSESSED.name(), validation, patientSafety, dataIntegrity, userId, ts(at), id);
	}

	public void riskAssessed(String id, String riskRef, String outcome, String userId, Instant at) {
		jdbc.update("update gxp_change_risk set outcome_assessed = ?, assessed_by = ?, assessed_at = ? "
				+ "where change_id = ? and risk_ref = ?", outcome, userId, ts(at), id, riskRef);
	}

	public void implemented(String id, String documentId, String fileName, String sha256, String userId, Instant at) {
		jdbc.update(
				"update gxp_change_request set status = ?, artifact_document_id = ?, artifact_file_name = ?, "
						+ "artifact_sha256 = ?, implemented_by = ?, implemented_at = ? where id = ?",
				ChangeRequestStatus.IMPLEMENTED.name(), documentId, fileName, sha256, userId, ts(at), id);
	}

	public void artifactChecked(String id, ChangeRequestStatus status, String check) {
		jdbc.update("update gxp_change_request set status = ?, artifact_check = ? where id = ?", status.name(), check,
				id);
	}

	public void deviation(String id, String capaId) {
		jdbc.update("update gxp_change_request set status = ?, deviation_capa_id = ? where id = ?",
				ChangeRequestStatus.DEVIATION.name(), capaId, id);
	}

	public void postVerified(String id, ChangeRequestStatus status, String comment, String userId, Instant at) {
		jdbc.update("update gxp_change_request set status = ?, post_verification_comment = ?, post_verified_by = ?, "
				+ "post_verified_at = ? where id = ?", status.name(), comment, userId, ts(at), id);
	}

	public void effectiveness(String id, String result, String comment, String userId) {
		jdbc.update("update gxp_change_request set effectiveness_result = ?, effectiveness_comment = ?, "
				+ "effectiveness_by = ? where id = ?", result, comment, userId, id);
	}

	public void closed(String id, Instant at) {
		jdbc.update("update gxp_change_request set status = ?, closed_at = ? where id = ?",
				ChangeRequestStatus.CLOSED.name(), ts(at), id);
	}

	public void revisionStarted(String id, String documentNumber, String processInstanceId) {
		jdbc.update("update gxp_change_document set revision_process_instance_id = ? where change_id = ? "
				+ "and document_number = ?", processInstanceId, id, documentNumber);
	}

	/**
	 * The change whose revision of a document is this DocumentApprovalProcess instance.
	 */
	public Optional<String> changeOfRevision(String revisionProcessInstanceId) {
		return jdbc
			.queryForList("select change_id from gxp_change_document where revision_process_instance_id = ?",
					String.class, revisionProcessInstanceId)
			.stream()
			.findFirst();
	}

	public void documentEffective(String id, String documentNumber, String version, Instant at) {
		jdbc.update("update gxp_change_document set effective_version = ?, effective_at = ? where change_id = ? "
				+ "and document_number = ?", version, ts(at), id, documentNumber);
	}

	public Optional<ChangeRequest> find(String id) {
		return jdbc.query("select * from gxp_change_request where id = ?", this::map, id).stream().findFirst();
	}

	public Optional<ChangeRequest> forProcessInstance(String processInstanceId) {
		return jdbc
			.query("select * from gxp_change_request where process_instance_id = ?", this::map, processInstanceId)
			.stream()
			.findFirst();
	}

	/** Every change, newest first. */
	public List<ChangeRequest> all() {
		return jdbc.query("select * from gxp_change_request order by number desc", this::map);
	}

	private ChangeRequest map(ResultSet rs, int row) throws SQLException {
		String id = rs.getString("id");
		List<ChangeRequestRisk> risks = jdbc.query(
				"select * from gxp_change_risk where change_id = ? order by risk_ref",
				(r, n) -> new ChangeRequestRisk(r.getString("risk_ref"), r.getString("risk_title"),
						r.getString("outcome_at_request"), r.getString("outcome_assessed"), r.getString("assessed_by"),
						instant(r.getTimestamp("assessed_at"))),
				id);
		List<ChangeRequestDocument> documents = jdbc.query(
				"select * from gxp_change_document where change_id = ? order by document_number",
				(r, n) -> new ChangeRequestDocument(r.getString("document_number"), r.getString("version_at_request"),
						r.getString("title"), r.getString("revision_process_instance_id"),
						r.getString("effective_version"), instant(r.getTimestamp("effective_at"))),
				id);
		return new ChangeRequest(id, ChangeKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getString("description"), rs.getString("reason"), rs.getString("approved_sha256"),
				ChangeRequestStatus.valueOf(rs.getString("status")), rs.getString("impact_validation"),
				rs.getString("impact_patient_safety"), rs.getString("impact_data_integrity"),
				rs.getString("assessed_by"), rs.getString("artifact_document_id"), rs.getString("artifact_file_name"),
				rs.getString("artifact_sha256"), rs.getString("implemented_by"), rs.getString("artifact_check"),
				rs.getString("deviation_capa_id"), rs.getString("post_verification_comment"),
				rs.getString("post_verified_by"), rs.getString("effectiveness_result"),
				rs.getString("effectiveness_comment"), rs.getString("effectiveness_by"),
				instant(rs.getTimestamp("closed_at")), rs.getString("business_key"),
				rs.getString("process_instance_id"), rs.getString("requested_by"),
				instant(rs.getTimestamp("requested_at")), risks, documents);
	}

	private static Timestamp ts(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
