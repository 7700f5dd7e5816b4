package org.gxpbridge.monitoring.internal;

import static org.gxpbridge.monitoring.internal.CapaStore.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.gxpbridge.monitoring.Audit;
import org.gxpbridge.monitoring.AuditArea;
import org.gxpbridge.monitoring.AuditFinding;
import org.gxpbridge.monitoring.AuditOutcome;
import org.gxpbridge.monitoring.ChecklistItem;
import org.gxpbridge.monitoring.RiskLevel;
import org.gxpbridge.monitoring.Severity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The audit programme's tables; the rules are in {@code monitoring.AuditProgramme}. */
@Repository
public class AuditStore {

	private final JdbcTemplate jdbc;

	AuditStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void insertArea(AuditArea a, String by, Instant at) {
		jdbc.update(
				"insert into gxp_audit_area (id, name, owner_id, risk_level, last_outcome, active, "
						+ "process_instance_id, enrolled_by, enrolled_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				a.id(), a.name(), a.ownerId(), a.riskLevel().name(), a.lastOutcome().name(), a.active(),
				a.processInstanceId(), by, Timestamp.from(at));
	}

	public void areaScheduled(String areaId, String interval, Instant due) {
		jdbc.update("update gxp_audit_area set audit_interval = ?, next_audit_due = ? where id = ?", interval,
				Timestamp.from(due), areaId);
	}

	public void areaOutcome(String areaId, AuditOutcome outcome) {
		jdbc.update("update gxp_audit_area set last_outcome = ? where id = ?", outcome.name(), areaId);
	}

	public void areaRetired(String areaId) {
		jdbc.update("update gxp_audit_area set active = false where id = ?", areaId);
	}

	public Optional<AuditArea> area(String areaId) {
		return jdbc.query("select * from gxp_audit_area where id = ?", AuditStore::area, areaId).stream().findFirst();
	}

	public List<AuditArea> areas() {
		return jdbc.query("select * from gxp_audit_area order by name, id", AuditStore::area);
	}

	public void insertAudit(String id, String areaId, int cycle) {
		jdbc.update("insert into gxp_audit (id, area_id, cycle, status, content_version) values (?, ?, ?, ?, 1)", id,
				areaId, cycle, "SCHEDULED");
	}

	public int lastCycle(String areaId) {
		Integer last = jdbc.queryForObject("select max(cycle) from gxp_audit where area_id = ?", Integer.class, areaId);
		return last == null ? 0 : last;
	}

	public void planned(String auditId, String auditorId, String scope, String by, List<ChecklistItem> checklist) {
		jdbc.update("update gxp_audit set status = 'IN_PROGRESS', auditor_id = ?, scope = ?, planned_by = ?, "
				+ "content_version = content_version + 1 where id = ?", auditorId, scope, by, auditId);
		for (ChecklistItem item : checklist) {
			jdbc.update(
					"insert into gxp_audit_checklist_item (audit_id, item_number, requirement_id, requirement_text) "
							+ "values (?, ?, ?, ?)",
					auditId, item.number(), item.requirementId(), item.requirementText());
		}
	}

	public void status(String auditId, String status) {
		jdbc.update("update gxp_audit set status = ? where id = ?", status, auditId);
	}

	public void reported(String auditId, String summary, AuditOutcome outcome, Instant at) {
		jdbc.update(
				"update gxp_audit set status = 'REPORTED', summary = ?, outcome = ?, reported_at = ?, "
						+ "content_version = content_version + 1 where id = ?",
				summary, outcome.name(), Timestamp.from(at), auditId);
	}

	public void insertFinding(AuditFinding f) {
		jdbc.update(
				"insert into gxp_audit_finding (id, audit_id, finding_number, severity, requirement_id, description, "
						+ "evidence_document_ids) values (?, ?, ?, ?, ?, ?, ?)",
				f.id(), f.auditId(), f.number(), f.severity().name(), f.requirementId(), f.description(),
				String.join(",", f.evidenceDocumentIds()));
		jdbc.update("update gxp_audit set content_version = content_version + 1 where id = ?", f.auditId());
	}

	public void disposed(String findingId, String disposition, String justification, String by, Instant at) {
		jdbc.update("update gxp_audit_finding set disposition = ?, justification = ?, disposed_by = ?, disposed_at = ? "
				+ "where id = ?", disposition, justification, by, Timestamp.from(at), findingId);
	}

	public void capaRaised(String findingId, String capaId) {
		jdbc.update("update gxp_audit_finding set capa_id = ? where id = ?", capaId, findingId);
	}

	public Optional<Audit> audit(String auditId) {
		return jdbc.query("select * from gxp_audit where id = ?", this::mapAudit, auditId).stream().findFirst();
	}

	public List<Audit> auditsOf(String areaId) {
		return jdbc.query("select * from gxp_audit where area_id = ? order by cycle", this::mapAudit, areaId);
	}

	public Optional<AuditFinding> finding(String findingId) {
		return jdbc.query("select * from gxp_audit_finding where id = ?", AuditStore::finding, findingId)
			.stream()
			.findFirst();
	}

	/**
	 * Findings against the same requirement in earlier audits of the area: a recurrence.
	 */
	public int earlierFindings(String areaId, int beforeCycle, String requirementId) {
		Integer n = jdbc.queryForObject(
				"select count(*) from gxp_audit_finding f join gxp_audit a on a.id = f.audit_id "
						+ "where a.area_id = ? and a.cycle < ? and f.requirement_id = ?",
				Integer.class, areaId, beforeCycle, requirementId);
		return n == null ? 0 : n;
	}

	public Optional<AuditArea> areaForProcessInstance(String processInstanceId) {
		return jdbc
			.query("select * from gxp_audit_area where process_instance_id = ?", AuditStore::area, processInstanceId)
			.stream()
			.findFirst();
	}

	private Audit mapAudit(ResultSet rs, int n) throws SQLException {
		String id = rs.getString("id");
		List<ChecklistItem> checklist = jdbc.query(
				"select * from gxp_audit_checklist_item where audit_id = ? order by item_number",
				(r, i) -> new ChecklistItem(r.getInt("item_number"), r.getString("requirement_id"),
						r.getString("requirement_text")),
				id);
		List<AuditFinding> findings = jdbc.query(
				"select * from gxp_audit_finding where audit_id = ? order by finding_number", AuditStore::finding, id);
		String outcome = rs.getString("outcome");
		return new Audit(id, rs.getString("area_id"), rs.getInt("cycle"), rs.getString("status"),
				rs.getString("auditor_id"), rs.getString("scope"), checklist, findings, rs.getString("summary"),
				outcome == null ? null : AuditOutcome.valueOf(outcome), rs.getString("planned_by"),
				instant(rs, "reported_at"), rs.getInt("content_version"));
	}

	private static AuditFinding finding(ResultSet rs, int n) throws SQLException {
		String evidence = rs.getString("evidence_document_ids");
		return new AuditFinding(rs.getString("id"), rs.getString("audit_id"), rs.getInt("finding_number"),
				Severity.valueOf(rs.getString("severity")), rs.getString("requirement_id"), rs.getString("description"),
				evidence == null || evidence.isBlank() ? List.of() : Arrays.asList(evidence.split(",")),
				rs.getString("disposition"), rs.getString("justification"), rs.getString("capa_id"),
				rs.getString("disposed_by"));
	}

	private static AuditArea area(ResultSet rs, int n) throws SQLException {
		return new AuditArea(rs.getString("id"), rs.getString("name"), rs.getString("owner_id"),
				RiskLevel.valueOf(rs.getString("risk_level")), AuditOutcome.valueOf(rs.getString("last_outcome")),
				rs.getString("audit_interval"), instant(rs, "next_audit_due"), rs.getBoolean("active"),
				rs.getString("process_instance_id"));
	}

}
