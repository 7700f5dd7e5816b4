package org.gxpbridge.monitoring.internal;

import java.util.List;

import org.gxpbridge.shared.SealedRecordTable;
import org.gxpbridge.shared.SealedRecordTable.Children;
import org.gxpbridge.shared.SealedRecordTables;
import org.springframework.stereotype.Component;

/**
 * Monitoring's records (V75, V76, V81): a CAPA with its actions and incident response, an
 * audit area, an audit with its checklist and findings, an audit-trail review; each
 * change an event about the parent row ({@code CapaChanged},
 * {@code AuditProgrammeChanged}, {@code AuditTrailReviewChanged}).
 */
@Component
class MonitoringTables implements SealedRecordTables {

	@Override
	public List<SealedRecordTable> sealedTables() {
		return List.of(sealedCapa(), sealedAuditArea(), sealedAudit(), sealedAuditTrailReview());
	}

	private static SealedRecordTable sealedCapa() {
		return SealedRecordTable.of("gxp_capa", "c.id", "gxp_capa c",
				"c.title, c.description, c.source, c.source_reference, c.severity, c.recurrence, "
						+ "c.patient_safety_impact, c.priority, c.due_date, c.status, c.root_cause_method, c.why_1, "
						+ "c.why_2, c.why_3, c.why_4, c.why_5, c.fishbone_people, c.fishbone_method, "
						+ "c.fishbone_machine, c.fishbone_material, c.fishbone_measurement, c.fishbone_environment, "
						+ "c.root_cause, c.effective, c.effectiveness_evidence, c.process_instance_id, c.opened_by, "
						+ "c.opened_at, c.closed_by, c.closed_at, c.content_version",
				SealedRecordTable.byObjectId("Capa"))
			.withChildren(new Children("(select capa_id, 'action ' || id || '|' || description || '|' || owner_id "
					+ "|| '|' || cast(due_date as varchar(10)) || '|' || status || '|' || coalesce(outcome, '') "
					+ "|| '|' || coalesce(completed_by, '') as v from gxp_capa_action union all select capa_id, "
					+ "'incident ' || phase || '|' || notes || '|' || recorded_by as v from gxp_capa_incident_step) x",
					"capa_id", "v"));
	}

	private static SealedRecordTable sealedAuditArea() {
		return SealedRecordTable.of("gxp_audit_area", "a.id", "gxp_audit_area a",
				"a.name, a.owner_id, a.risk_level, a.last_outcome, a.audit_interval, a.next_audit_due, a.active, "
						+ "a.process_instance_id, a.enrolled_by, a.enrolled_at",
				SealedRecordTable.byObjectId("AuditArea"));
	}

	private static SealedRecordTable sealedAudit() {
		return SealedRecordTable
			.of("gxp_audit", "u.id", "gxp_audit u",
					"u.area_id, u.cycle, u.status, u.auditor_id, u.scope, u.summary, u.outcome, u.planned_by, "
							+ "u.reported_at, u.content_version",
					SealedRecordTable.byObjectId("Audit"))
			.withChildren(new Children("(select audit_id, 'item ' || cast(item_number as varchar(10)) || '|' "
					+ "|| requirement_id || '|' || coalesce(requirement_text, '') as v from gxp_audit_checklist_item "
					+ "union all select audit_id, 'finding ' || id || '|' || severity || '|' || requirement_id || '|' "
					+ "|| description || '|' || coalesce(evidence_document_ids, '') || '|' || "
					+ "coalesce(disposition, '') || '|' || coalesce(justification, '') || '|' || "
					+ "coalesce(capa_id, '') || '|' || coalesce(disposed_by, '') as v from gxp_audit_finding) x",
					"audit_id", "v"));
	}

	/**
	 * Every column carries meaning: entry_count is the scope the reviewer signed for, not
	 * a counter that moves.
	 */
	private static SealedRecordTable sealedAuditTrailReview() {
		return SealedRecordTable.of("gxp_audit_trail_review", "r.review_id", "gxp_audit_trail_review r",
				"r.process_instance_id, r.record_type, r.from_seq, r.to_seq, r.entry_count, r.status, r.opened_at, "
						+ "r.reviewed_by, r.reviewed_at, r.outcome, r.findings, r.finding_entries, r.deviation_ref, "
						+ "r.follow_up",
				SealedRecordTable.byObjectId("AuditTrailReview"));
	}

}
