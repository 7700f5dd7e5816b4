package org.gxpbridge.audittrail.internal;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.gxpbridge.shared.AuditFacts;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code gxp_*} tables that hold a record, each row sealed by the ledger entry that
 * recorded its last change: when the entry is written (just before its transaction
 * commits, so the row is final whatever order the module wrote row and event in) the
 * digest of the row is stored in it; verification recomputes the digest of every row
 * (P11-10a, CHK-04). So an UPDATE, DELETE or INSERT made in SQL is reported with the row
 * and the entry. The ledger knows these tables by name only, as it knows the ACT_HI_*
 * ones; no module code is involved.
 *
 * <p>
 * Deliberately not here: operational state that changes without a record event and holds
 * no record itself (failed-login and signing-failure counters, password history, mail
 * outbox, links, notices, replies), the security event table (a copy of ledger entries;
 * the ledger is the authoritative one), signing keys and the CA (credential material: the
 * certificate that verifies a signature is inside the signature's sealed CMS) and the
 * regulation catalogue (reference data from a migration). See docs/audit-trail.md.
 */
final class RecordTables {

	/**
	 * @param key SQL expression of the row key, as {@code sourceRowId} holds it
	 * @param from from clause (a 1:1 join may add columns, e.g. a document's bytes)
	 * @param columns what is digested: every column that carries meaning
	 * @param children optional 1:n rows digested with the row (an account's roles)
	 * @param locate which row an entry is about: key from the entry alone, or null when
	 * the entry is not about this table
	 * @param lookup optional SQL finding the key from the entry when the entry does not
	 * carry it
	 */
	record Table(String name, String key, String from, String columns, Children children,
			Function<AuditFacts, Object[]> locate, String lookup) {

		String selectAll() {
			return "select " + key + " as row_key, " + columns + " from " + from;
		}

		String selectOne() {
			return selectAll() + " where " + key + " = ?";
		}
	}

	record Children(String table, String key, String value) {
	}

	static final List<Table> TABLES = List.of(new Table("gxp_user", "u.user_id", "gxp_user u",
			// failed_attempts and last_login_at are counters that change with every
			// login: operational, not the record
			"u.full_name, u.email, u.password_hash, u.status, u.password_changed_at, u.must_change_password, u.valid_until, "
					+ "u.created_at, u.created_by, u.deactivated_at",
			new Children("gxp_user_role", "user_id", "role"),
			e -> "Account".equals(e.objectType()) && e.objectId() != null ? new Object[] { e.objectId() } : null, null),
			new Table("gxp_signature", "s.id", "gxp_signature s",
					"s.task_id, s.task_definition_key, s.process_instance_id, s.business_key, s.process_definition_id, s.signer_id, "
							+ "s.printed_name, s.meaning, s.signed_at, s.record_digest, s.certificate_serial, s.content, s.cms",
					null, e -> "SIGNATURE_MADE".equals(e.action()) ? new Object[] { e.objectId() } : null, null),
			// the stored hash sits beside the bytes: both are digested, and the bytes'
			// own SHA-256 sealed at upload
			new Table("gxp_document", "d.id", "gxp_document d left join gxp_document_content c on c.document_id = d.id",
					"d.version, d.supersedes_id, d.title, d.kind, d.file_name, d.media_type, d.size_bytes, d.sha256, d.page_count, "
							+ "d.language, d.author, d.extracted_text, d.text_sha256, d.uploaded_by, d.uploaded_at, c.content",
					null, e -> "DOCUMENT_UPLOADED".equals(e.action()) ? new Object[] { e.objectId() } : null, null),
			new Table("gxp_document_attachment", "cast(a.id as varchar(20))", "gxp_document_attachment a",
					"a.document_id, a.process_instance_id, a.task_id, a.attached_by, a.attached_at", null,
					e -> "EVIDENCE_ATTACHED".equals(e.action()) ? new Object[] { e.objectId(), e.processInstanceId() }
							: null,
					"select cast(max(id) as varchar(20)) from gxp_document_attachment where document_id = ? and process_instance_id = ?"),
			new Table("gxp_controlled_document", "r.document_number || '/' || r.version", "gxp_controlled_document r",
					"r.title, r.status, r.author_id, r.process_instance_id, r.effective_at", null,
					e -> "DOCUMENT_EFFECTIVE".equals(e.action()) ? new Object[] { e.objectId() } : null, null),
			// risk management (V65): registers, risks and their snapshots, each change a
			// RiskRecordChanged event about its row
			new Table("gxp_risk_register", "g.id", "gxp_risk_register g",
					"g.version, g.status, g.title, g.scope, g.intended_use, g.acceptability_criteria_ref, g.eu_market, "
							+ "g.afap_justification, g.sw_can_contribute, g.sw_unacceptable_risk, g.sw_worst_harm, "
							+ "g.software_safety_class, g.benefit_risk_conclusion, g.process_instance_id, g.created_by, "
							+ "g.created_at, g.released_at",
					null, e -> "RiskRegister".equals(e.objectType()) ? new Object[] { e.objectId() } : null, null),
			new Table("gxp_risk", "k.register_id || '/' || k.risk_id", "gxp_risk k",
					"k.kind, k.title, k.hazard, k.hazardous_situation, k.harm, k.asset, k.threat, k.vulnerability, "
							+ "k.severity, k.probability, k.exploitability, k.risk_controls, k.residual_severity, "
							+ "k.residual_probability, k.residual_exploitability, k.outcome_before, k.outcome_after, "
							+ "k.patch_track, k.fmea_severity, k.fmea_occurrence, k.fmea_detectability, "
							+ "k.fmea_residual_occurrence, k.fmea_residual_detectability, k.controls_confirmed, "
							+ "k.updated_by, k.updated_at",
					null, e -> "Risk".equals(e.objectType()) ? new Object[] { e.objectId() } : null, null),
			new Table("gxp_risk_snapshot", "n.id", "gxp_risk_snapshot n",
					"n.register_id, n.register_version, n.kind, n.taken_at, n.taken_by, n.content, n.content_sha256",
					null, e -> "RiskRegisterSnapshot".equals(e.objectType()) ? new Object[] { e.objectId() } : null,
					null),
			// monitoring (V75, V76): a CAPA with its actions and incident response, an
			// audit
			// area, an audit with its checklist and findings; each change an event about
			// the parent row (CapaChanged, AuditProgrammeChanged)
			new Table("gxp_capa", "c.id", "gxp_capa c",
					"c.title, c.description, c.source, c.source_reference, c.severity, c.recurrence, "
							+ "c.patient_safety_impact, c.priority, c.due_date, c.status, c.root_cause_method, c.why_1, "
							+ "c.why_2, c.why_3, c.why_4, c.why_5, c.fishbone_people, c.fishbone_method, "
							+ "c.fishbone_machine, c.fishbone_material, c.fishbone_measurement, c.fishbone_environment, "
							+ "c.root_cause, c.effective, c.effectiveness_evidence, c.process_instance_id, c.opened_by, "
							+ "c.opened_at, c.closed_by, c.closed_at, c.content_version",
					new Children("(select capa_id, 'action ' || id || '|' || description || '|' || owner_id || '|' "
							+ "|| cast(due_date as varchar(10)) || '|' || status || '|' || coalesce(outcome, '') || '|' "
							+ "|| coalesce(completed_by, '') as v from gxp_capa_action union all select capa_id, "
							+ "'incident ' || phase || '|' || notes || '|' || recorded_by as v from gxp_capa_incident_step) x",
							"capa_id", "v"),
					e -> "Capa".equals(e.objectType()) ? new Object[] { e.objectId() } : null, null),
			new Table("gxp_audit_area", "a.id", "gxp_audit_area a",
					"a.name, a.owner_id, a.risk_level, a.last_outcome, a.audit_interval, a.next_audit_due, a.active, "
							+ "a.process_instance_id, a.enrolled_by, a.enrolled_at",
					null, e -> "AuditArea".equals(e.objectType()) ? new Object[] { e.objectId() } : null, null),
			new Table("gxp_audit", "u.id", "gxp_audit u",
					"u.area_id, u.cycle, u.status, u.auditor_id, u.scope, u.summary, u.outcome, u.planned_by, "
							+ "u.reported_at, u.content_version",
					new Children(
							"(select audit_id, 'item ' || cast(item_number as varchar(10)) || '|' || requirement_id "
									+ "|| '|' || coalesce(requirement_text, '') as v from gxp_audit_checklist_item union all "
									+ "select audit_id, 'finding ' || id || '|' || severity || '|' || requirement_id || '|' || "
									+ "description || '|' || coalesce(evidence_document_ids, '') || '|' || coalesce(disposition, '') "
									+ "|| '|' || coalesce(justification, '') || '|' || coalesce(capa_id, '') || '|' || "
									+ "coalesce(disposed_by, '') as v from gxp_audit_finding) x",
							"audit_id", "v"),
					e -> "Audit".equals(e.objectType()) ? new Object[] { e.objectId() } : null, null),
			// controls (V85): a control implementation with its requirements and
			// evidence;
			// each change an event about the parent row (ControlImplementationChanged)
			new Table("gxp_control_implementation", "ci.id", "gxp_control_implementation ci",
					"ci.number, ci.title, ci.category, ci.gap_action_id, ci.owner_id, ci.due_date, ci.status, "
							+ "ci.implementation, ci.implemented_by, ci.implemented_at, ci.verification_result, "
							+ "ci.verification_comment, ci.verified_by, ci.verified_at, ci.effective_at, "
							+ "ci.process_instance_id, ci.planned_by, ci.planned_at",
					new Children("(select implementation_id, 'requirement ' || framework_id || '/' || requirement_id "
							+ "as v from gxp_control_requirement union all select implementation_id, 'evidence ' || "
							+ "document_id || '|' || sha256 || '|' || added_by as v from gxp_control_evidence) x",
							"implementation_id", "v"),
					e -> "ControlImplementation".equals(e.objectType()) ? new Object[] { e.objectId() } : null, null),
			new Table("gxp_audit_legal_hold", "h.process_instance_id", "gxp_audit_legal_hold h",
					"h.placed_at, h.placed_by, h.reason", null,
					e -> RowIndex.LEGAL_HOLD_ACTION.equals(e.action()) ? new Object[] { e.processInstanceId() } : null,
					null));

	private RecordTables() {
	}

	/**
	 * The entry with the row it is about and that row's digest now, or the entry as it is
	 * when it is about no row.
	 */
	static EntryDraft link(JdbcTemplate jdbc, EntryDraft e) {
		if (e.source() != null) {
			return e;
		}
		for (Table t : TABLES) {
			Object[] args = t.locate.apply(e.facts());
			if (args == null) {
				continue;
			}
			String key = t.lookup == null ? (String) args[0] : jdbc.queryForObject(t.lookup, String.class, args);
			String digest = key == null ? null : digestOf(jdbc, t, key);
			if (digest == null) {
				return e; // no such row (a failed login of an unknown user id): nothing
							// to seal
			}
			return e.about(new EntryDraft.Source(t.name, key, digest));
		}
		return e;
	}

	private static String digestOf(JdbcTemplate jdbc, Table t, String key) {
		Children c = t.children;
		List<String> children = c == null ? new ArrayList<>() : new ArrayList<>(jdbc
			.queryForList("select " + c.value + " from " + c.table + " where " + c.key + " = ?", String.class, key));
		// sorted here, not by the database: collations differ between H2 and PostgreSQL
		// installations
		Collections.sort(children);
		List<String> digests = jdbc.query(t.selectOne(), (rs, n) -> digest(rs, children), key);
		return digests.isEmpty() ? null : digests.get(0);
	}

	/** Streams every row of the table as key and digest. */
	static void forEachRow(JdbcTemplate jdbc, Table t, RowDigest consumer) {
		Map<String, List<String>> children = new HashMap<>();
		if (t.children != null) {
			jdbc.query("select " + t.children.key + ", " + t.children.value + " from " + t.children.table, rs -> {
				children.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
			children.values().forEach(Collections::sort);
		}
		jdbc.query(t.selectAll(), rs -> {
			String key = rs.getString(1);
			consumer.accept(key, digest(rs, children.getOrDefault(key, List.of())));
		});
	}

	interface RowDigest {

		void accept(String key, String digest);

	}

	/**
	 * Every column after the key, typed so that H2 and PostgreSQL give one stable text;
	 * bytes by their SHA-256.
	 */
	private static String digest(ResultSet rs, List<String> children) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		StringBuilder s = new StringBuilder();
		for (int i = 2; i <= meta.getColumnCount(); i++) {
			s.append(meta.getColumnLabel(i).toLowerCase(Locale.ROOT)).append('=');
			Object v = switch (meta.getColumnType(i)) {
				case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
					byte[] b = rs.getBytes(i);
					yield b == null ? null : "sha256:" + Canonical.sha256(b);
				}
				case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
					Timestamp t = rs.getTimestamp(i);
					yield t == null ? null : t.toInstant().toString();
				}
				case Types.BOOLEAN, Types.BIT -> {
					boolean b = rs.getBoolean(i);
					yield rs.wasNull() ? null : Boolean.toString(b);
				}
				default -> rs.getString(i);
			};
			s.append(v == null ? "\u2400" : v).append('\u001f');
		}
		s.append("children=").append(String.join(",", children));
		return Canonical.sha256(s.toString());
	}

}
