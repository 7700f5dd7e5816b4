package org.gxpbridge.gap.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.gxpbridge.gap.ActionStatus;
import org.gxpbridge.gap.GapAction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The actions of gap reports (V60 gxp_gap_action). */
@Repository
public class ActionStore {

	private static final RowMapper<GapAction> ACTION = (rs, n) -> new GapAction(rs.getString("id"),
			rs.getString("assessment_id"), rs.getInt("assessment_version"), rs.getString("framework_id"),
			rs.getString("requirement_id"), rs.getString("priority"), rs.getString("description"),
			rs.getString("owner_id"), rs.getDate("due_date") == null ? null : rs.getDate("due_date").toLocalDate(),
			ActionStatus.valueOf(rs.getString("status")), GapStore.instant(rs, "created_at"), rs.getString("closed_by"),
			GapStore.instant(rs, "closed_at"), rs.getString("closure_reason"));

	private final JdbcTemplate jdbc;

	ActionStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(GapAction a) {
		jdbc.update("insert into gxp_gap_action (id, assessment_id, assessment_version, framework_id, requirement_id, "
				+ "priority, description, owner_id, due_date, status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				a.id(), a.assessmentId(), a.assessmentVersion(), a.frameworkId(), a.requirementId(), a.priority(),
				a.description(), a.ownerId(), a.dueDate() == null ? null : Date.valueOf(a.dueDate()), a.status().name(),
				Timestamp.from(a.createdAt()));
	}

	public void update(GapAction a) {
		jdbc.update(
				"update gxp_gap_action set priority = ?, description = ?, owner_id = ?, due_date = ?, status = ?, "
						+ "closed_by = ?, closed_at = ?, closure_reason = ? where id = ?",
				a.priority(), a.description(), a.ownerId(), a.dueDate() == null ? null : Date.valueOf(a.dueDate()),
				a.status().name(), a.closedBy(), a.closedAt() == null ? null : Timestamp.from(a.closedAt()),
				a.closureReason(), a.id());
	}

	public Optional<GapAction> find(String id) {
		return jdbc.query("select * from gxp_gap_action where id = ?", ACTION, id).stream().findFirst();
	}

	public List<GapAction> ofAssessment(String assessmentId, int version) {
		return jdbc.query(
				"select * from gxp_gap_action where assessment_id = ? and assessment_version = ? order by framework_id, requirement_id, id",
				ACTION, assessmentId, version);
	}

	public List<GapAction> withStatus(ActionStatus status) {
		return jdbc.query("select * from gxp_gap_action where status = ? order by due_date, id", ACTION, status.name());
	}

}
