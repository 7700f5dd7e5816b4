package org.gxpbridge.controls.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gxpbridge.controls.ControlCategory;
import org.gxpbridge.controls.ControlEvidence;
import org.gxpbridge.controls.ControlImplementation;
import org.gxpbridge.controls.ControlStatus;
import org.gxpbridge.controls.RequirementRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The control implementation tables (V85). No rules here; {@code ControlImplementations}
 * decides.
 */
@Repository
public class ControlImplementationStore {

	private final JdbcTemplate jdbc;

	ControlImplementationStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The next id, CI-&lt;n&gt;; the unique number refuses a concurrent duplicate. */
	public int nextNumber() {
		Integer max = jdbc.queryForObject("select max(number) from gxp_control_implementation", Integer.class);
		return max == null ? 1 : max + 1;
	}

	public void insert(ControlImplementation c, int number) {
		jdbc.update("insert into gxp_control_implementation (id, number, title, category, gap_action_id, owner_id, "
				+ "due_date, status, process_instance_id, planned_by, planned_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				c.id(), number, c.title(), c.category().name(), c.gapActionId(), c.ownerId(), Date.valueOf(c.dueDate()),
				c.status().name(), c.processInstanceId(), c.plannedBy(), ts(c.plannedAt()));
		for (RequirementRef r : c.requirements()) {
			jdbc.update("insert into gxp_control_requirement (implementation_id, framework_id, requirement_id) "
					+ "values (?, ?, ?)", c.id(), r.frameworkId(), r.requirementId());
		}
	}

	public void updateImplementation(String id, String text) {
		jdbc.update("update gxp_control_implementation set implementation = ? where id = ?", text, id);
	}

	public void insertEvidence(String id, ControlEvidence e) {
		jdbc.update(
				"insert into gxp_control_evidence (implementation_id, document_id, title, sha256, added_by, "
						+ "added_at) values (?, ?, ?, ?, ?, ?)",
				id, e.documentId(), e.title(), e.sha256(), e.addedBy(), ts(e.addedAt()));
	}

	public void implemented(String id, String userId, Instant at) {
		jdbc.update("update gxp_control_implementation set status = ?, implemented_by = ?, implemented_at = ? "
				+ "where id = ?", ControlStatus.IMPLEMENTED.name(), userId, ts(at), id);
	}

	public void verified(String id, ControlStatus status, String result, String comment, String userId, Instant at) {
		jdbc.update(
				"update gxp_control_implementation set status = ?, verification_result = ?, "
						+ "verification_comment = ?, verified_by = ?, verified_at = ? where id = ?",
				status.name(), result, comment, userId, ts(at), id);
	}

	public void effective(String id, Instant at) {
		jdbc.update("update gxp_control_implementation set status = ?, effective_at = ? where id = ?",
				ControlStatus.EFFECTIVE.name(), ts(at), id);
	}

	public Optional<ControlImplementation> find(String id) {
		return one("select * from gxp_control_implementation where id = ?", id);
	}

	public Optional<ControlImplementation> forProcessInstance(String processInstanceId) {
		return one("select * from gxp_control_implementation where process_instance_id = ?", processInstanceId);
	}

	/** Every record, newest first. */
	public List<ControlImplementation> all() {
		return jdbc.query("select * from gxp_control_implementation order by number desc", (rs, n) -> row(rs));
	}

	/** The records that implement a requirement, oldest first. */
	public List<ControlImplementation> forRequirement(RequirementRef ref) {
		return jdbc.query(
				"select c.* from gxp_control_implementation c join gxp_control_requirement r on r.implementation_id = c.id "
						+ "where r.framework_id = ? and r.requirement_id = ? order by c.number",
				(rs, n) -> row(rs), ref.frameworkId(), ref.requirementId());
	}

	/**
	 * The requirement ids of a framework that an implementation in this status covers.
	 */
	public Set<String> requirementIds(String frameworkId, String status) {
		return new HashSet<>(jdbc.queryForList(
				"select distinct r.requirement_id from gxp_control_requirement r join gxp_control_implementation c "
						+ "on c.id = r.implementation_id where r.framework_id = ? and c.status = ?",
				String.class, frameworkId, status));
	}

	private Optional<ControlImplementation> one(String sql, String arg) {
		return jdbc.query(sql, (rs, n) -> row(rs), arg).stream().findFirst();
	}

	private ControlImplementation row(ResultSet rs) throws SQLException {
		String id = rs.getString("id");
		// sorted in Java, not by collation: H2 and PostgreSQL differ
		List<RequirementRef> requirements = jdbc
			.query("select framework_id, requirement_id from gxp_control_requirement where implementation_id = ?",
					(r, n) -> new RequirementRef(r.getString(1), r.getString(2)), id)
			.stream()
			.sorted(Comparator.comparing(RequirementRef::toString))
			.toList();
		List<ControlEvidence> evidence = jdbc
			.query("select * from gxp_control_evidence where implementation_id = ?",
					(r, n) -> new ControlEvidence(r.getString("document_id"), r.getString("title"),
							r.getString("sha256"), r.getString("added_by"), instant(r, "added_at")),
					id)
			.stream()
			.sorted(Comparator.comparing(ControlEvidence::documentId))
			.toList();
		return new ControlImplementation(id, rs.getString("title"), ControlCategory.valueOf(rs.getString("category")),
				requirements, rs.getString("gap_action_id"), rs.getString("owner_id"),
				rs.getDate("due_date").toLocalDate(), ControlStatus.valueOf(rs.getString("status")),
				rs.getString("implementation"), rs.getString("implemented_by"), instant(rs, "implemented_at"),
				rs.getString("verification_result"), rs.getString("verification_comment"), rs.getString("verified_by"),
				instant(rs, "verified_at"), instant(rs, "effective_at"), evidence, rs.getString("process_instance_id"),
				rs.getString("planned_by"), instant(rs, "planned_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static Timestamp ts(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

}
