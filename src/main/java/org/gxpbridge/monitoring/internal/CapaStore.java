package org.gxpbridge.monitoring.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gxpbridge.monitoring.CapaAction;
import org.gxpbridge.monitoring.CapaRecord;
import org.gxpbridge.monitoring.CapaSource;
import org.gxpbridge.monitoring.CapaStatus;
import org.gxpbridge.monitoring.IncidentPhase;
import org.gxpbridge.monitoring.IncidentStep;
import org.gxpbridge.monitoring.RootCause;
import org.gxpbridge.monitoring.Severity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The CAPA tables; no rules here, those are in {@code monitoring.Capas}. */
@Repository
public class CapaStore {

	private final JdbcTemplate jdbc;

	CapaStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(CapaRecord c) {
		jdbc.update("insert into gxp_capa (id, title, description, source, source_reference, severity, recurrence, "
				+ "patient_safety_impact, priority, due_date, status, process_instance_id, opened_by, opened_at, "
				+ "content_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", c.id(), c.title(),
				c.description(), c.source().name(), c.sourceReference(), c.severity().name(), c.recurrence(),
				c.patientSafetyImpact(), c.priority(), Date.valueOf(c.dueDate()), c.status().name(),
				c.processInstanceId(), c.openedBy(), Timestamp.from(c.openedAt()));
	}

	public void status(String capaId, CapaStatus status) {
		jdbc.update("update gxp_capa set status = ? where id = ?", status.name(), capaId);
	}

	public void rootCause(String capaId, RootCause r) {
		List<Object> args = new ArrayList<>();
		args.add(r.method());
		for (int i = 0; i < 5; i++) {
			args.add(i < r.whys().size() ? r.whys().get(i) : null);
		}
		RootCause.FISHBONE_CATEGORIES.forEach(c -> args.add(r.fishbone().get(c)));
		args.add(r.statement());
		args.add(capaId);
		jdbc.update("update gxp_capa set root_cause_method = ?, why_1 = ?, why_2 = ?, why_3 = ?, why_4 = ?, why_5 = ?, "
				+ "fishbone_people = ?, fishbone_method = ?, fishbone_machine = ?, fishbone_material = ?, "
				+ "fishbone_measurement = ?, fishbone_environment = ?, root_cause = ?, "
				+ "content_version = content_version + 1 where id = ?", args.toArray());
	}

	public void effectiveness(String capaId, boolean effective, String evidence) {
		jdbc.update("update gxp_capa set effective = ?, effectiveness_evidence = ?, "
				+ "content_version = content_version + 1 where id = ?", effective, evidence, capaId);
	}

	public void closed(String capaId, String by, Instant at) {
		jdbc.update("update gxp_capa set status = ?, closed_by = ?, closed_at = ? where id = ?",
				CapaStatus.CLOSED.name(), by, Timestamp.from(at), capaId);
	}

	public void insertAction(CapaAction a) {
		jdbc.update(
				"insert into gxp_capa_action (id, capa_id, action_number, description, owner_id, due_date, status) "
						+ "values (?, ?, ?, ?, ?, ?, ?)",
				a.id(), a.capaId(), a.number(), a.description(), a.ownerId(), Date.valueOf(a.dueDate()), a.status());
		bumpVersion(a.capaId());
	}

	public void actionDone(CapaAction a, String outcome, String by, Instant at) {
		jdbc.update(
				"update gxp_capa_action set status = ?, outcome = ?, completed_by = ?, completed_at = ? where id = ?",
				CapaAction.DONE, outcome, by, Timestamp.from(at), a.id());
		bumpVersion(a.capaId());
	}

	public void insertIncidentStep(String capaId, IncidentStep s) {
		jdbc.update(
				"insert into gxp_capa_incident_step (capa_id, phase, notes, recorded_by, recorded_at) "
						+ "values (?, ?, ?, ?, ?)",
				capaId, s.phase().name(), s.notes(), s.recordedBy(), Timestamp.from(s.recordedAt()));
		bumpVersion(capaId);
	}

	private void bumpVersion(String capaId) {
		jdbc.update("update gxp_capa set content_version = content_version + 1 where id = ?", capaId);
	}

	public Optional<CapaRecord> find(String capaId) {
		return jdbc.query("select * from gxp_capa where id = ?", this::capa, capaId).stream().findFirst();
	}

	public Optional<CapaRecord> forProcessInstance(String processInstanceId) {
		return jdbc.query("select * from gxp_capa where process_instance_id = ?", this::capa, processInstanceId)
			.stream()
			.findFirst();
	}

	public List<CapaRecord> all() {
		return jdbc.query("select * from gxp_capa order by opened_at desc, id", this::capa);
	}

	public Optional<CapaAction> action(String actionId) {
		return jdbc.query("select * from gxp_capa_action where id = ?", CapaStore::action, actionId)
			.stream()
			.findFirst();
	}

	private CapaRecord capa(ResultSet rs, int n) throws SQLException {
		String id = rs.getString("id");
		List<String> whys = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			String why = rs.getString("why_" + i);
			if (why != null) {
				whys.add(why);
			}
		}
		Map<String, String> fishbone = new LinkedHashMap<>();
		for (String c : RootCause.FISHBONE_CATEGORIES) {
			String cause = rs.getString("fishbone_" + c.toLowerCase());
			if (cause != null) {
				fishbone.put(c, cause);
			}
		}
		String method = rs.getString("root_cause_method");
		RootCause rootCause = method == null ? null : new RootCause(method, whys, fishbone, rs.getString("root_cause"));
		Object effective = rs.getObject("effective");
		return new CapaRecord(id, rs.getString("title"), rs.getString("description"),
				CapaSource.valueOf(rs.getString("source")), rs.getString("source_reference"),
				Severity.valueOf(rs.getString("severity")), rs.getBoolean("recurrence"),
				rs.getBoolean("patient_safety_impact"), rs.getString("priority"), rs.getDate("due_date").toLocalDate(),
				CapaStatus.valueOf(rs.getString("status")), rootCause,
				effective == null ? null : rs.getBoolean("effective"), rs.getString("effectiveness_evidence"),
				actions(id), incidentSteps(id), rs.getString("process_instance_id"), rs.getString("opened_by"),
				instant(rs, "opened_at"), rs.getString("closed_by"), instant(rs, "closed_at"),
				rs.getInt("content_version"));
	}

	private List<CapaAction> actions(String capaId) {
		return jdbc.query("select * from gxp_capa_action where capa_id = ? order by action_number", CapaStore::action,
				capaId);
	}

	private List<IncidentStep> incidentSteps(String capaId) {
		return jdbc
			.query("select * from gxp_capa_incident_step where capa_id = ?",
					(rs, n) -> new IncidentStep(IncidentPhase.valueOf(rs.getString("phase")), rs.getString("notes"),
							rs.getString("recorded_by"), instant(rs, "recorded_at")),
					capaId)
			.stream()
			.sorted((a, b) -> a.phase().compareTo(b.phase()))
			.toList();
	}

	private static CapaAction action(ResultSet rs, int n) throws SQLException {
		return new CapaAction(rs.getString("id"), rs.getString("capa_id"), rs.getInt("action_number"),
				rs.getString("description"), rs.getString("owner_id"), rs.getDate("due_date").toLocalDate(),
				rs.getString("status"), rs.getString("outcome"), rs.getString("completed_by"),
				instant(rs, "completed_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
