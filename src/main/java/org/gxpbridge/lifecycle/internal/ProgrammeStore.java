package org.gxpbridge.lifecycle.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gxpbridge.lifecycle.Programme;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The programme tables (V110). No rules here; {@code Programmes} decides.
 */
@Repository
public class ProgrammeStore {

	private static final String COLUMNS = "id, title, scope, owner_id, status, cycle, process_instance_id, started_at, "
			+ "updated_at, status_reason";

	private final JdbcTemplate jdbc;

	ProgrammeStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public int nextNumber() {
		Integer max = jdbc.queryForObject("select max(number) from gxp_programme", Integer.class);
		return max == null ? 1 : max + 1;
	}

	public void insert(int number, Programme p) {
		jdbc.update("insert into gxp_programme (" + COLUMNS + ", number) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				p.id(), p.title(), p.scope(), p.ownerId(), p.status(), p.cycle(), p.processInstanceId(),
				Timestamp.from(p.startedAt()), Timestamp.from(p.updatedAt()), p.statusReason(), number);
	}

	public void update(Programme p) {
		jdbc.update("update gxp_programme set status = ?, cycle = ?, updated_at = ?, status_reason = ? where id = ?",
				p.status(), p.cycle(), Timestamp.from(p.updatedAt()), p.statusReason(), p.id());
	}

	public Optional<Programme> find(String id) {
		return jdbc.query("select " + COLUMNS + " from gxp_programme where id = ?", ProgrammeStore::row, id)
			.stream()
			.findFirst();
	}

	public List<Programme> all() {
		return jdbc.query("select " + COLUMNS + " from gxp_programme order by number desc", ProgrammeStore::row);
	}

	/** Records a control implementation the programme started in a cycle (step 4). */
	public void addControl(String programmeId, int cycle, String implementationId, String processInstanceId) {
		jdbc.update("insert into gxp_programme_control (programme_id, cycle, implementation_id, process_instance_id) "
				+ "values (?, ?, ?, ?)", programmeId, cycle, implementationId, processInstanceId);
	}

	/**
	 * The control implementations of a programme's cycle, as implementation id →
	 * instance.
	 */
	public List<String[]> controls(String programmeId, int cycle) {
		return jdbc.query(
				"select implementation_id, process_instance_id from gxp_programme_control "
						+ "where programme_id = ? and cycle = ? order by implementation_id",
				(rs, i) -> new String[] { rs.getString(1), rs.getString(2) }, programmeId, cycle);
	}

	/** The programme and cycle that started a control implementation, if any. */
	public Optional<Object[]> cycleOfControl(String implementationId) {
		return jdbc
			.query("select programme_id, cycle from gxp_programme_control where implementation_id = ?",
					(rs, i) -> new Object[] { rs.getString(1), rs.getInt(2) }, implementationId)
			.stream()
			.findFirst();
	}

	private static Programme row(ResultSet rs, int i) throws SQLException {
		return new Programme(rs.getString("id"), rs.getString("title"), rs.getString("scope"), rs.getString("owner_id"),
				rs.getString("status"), rs.getInt("cycle"), rs.getString("process_instance_id"),
				instant(rs, "started_at"), instant(rs, "updated_at"), rs.getString("status_reason"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
