package org.gxpbridge.controls.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gxpbridge.controls.AccessReview;
import org.gxpbridge.controls.AccessReviewLine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The access review tables (V80). No rules here; {@code AccessReviews} decides.
 */
@Repository
public class AccessReviewStore {

	private static final RowMapper<AccessReviewLine> LINE = (rs, n) -> new AccessReviewLine(rs.getString("role_name"),
			rs.getString("user_id"), rs.getString("full_name"), instant(rs, "last_used_at"), rs.getString("decision"),
			rs.getString("decided_by"), instant(rs, "decided_at"), rs.getString("reason"));

	private final JdbcTemplate jdbc;

	AccessReviewStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void insertReview(String reviewId, String processInstanceId, int unusedDays, Instant at) {
		jdbc.update("insert into gxp_access_review (review_id, process_instance_id, status, unused_days, opened_at) "
				+ "values (?, ?, ?, ?, ?)", reviewId, processInstanceId, AccessReview.OPEN, unusedDays, ts(at));
	}

	public void insertLine(String reviewId, AccessReviewLine line) {
		jdbc.update(
				"insert into gxp_access_review_line (review_id, role_name, user_id, full_name, last_used_at) "
						+ "values (?, ?, ?, ?, ?)",
				reviewId, line.role(), line.userId(), line.fullName(), ts(line.lastUsedAt()));
	}

	public void decide(String reviewId, String role, String userId, String decision, String decidedBy, Instant at,
			String reason) {
		jdbc.update(
				"update gxp_access_review_line set decision = ?, decided_by = ?, decided_at = ?, reason = ? "
						+ "where review_id = ? and role_name = ? and user_id = ? and decision is null",
				decision, decidedBy, ts(at), reason, reviewId, role, userId);
	}

	public void approve(String reviewId, Instant at) {
		jdbc.update("update gxp_access_review set status = ?, approved_at = ? where review_id = ?",
				AccessReview.APPROVED, ts(at), reviewId);
	}

	public Optional<AccessReview> find(String reviewId) {
		return one("select * from gxp_access_review where review_id = ?", reviewId);
	}

	public Optional<AccessReview> forProcessInstance(String processInstanceId) {
		return one("select * from gxp_access_review where process_instance_id = ?", processInstanceId);
	}

	public List<AccessReview> all() {
		return jdbc.query("select * from gxp_access_review order by opened_at desc, review_id",
				(rs, n) -> review(rs, List.of()));
	}

	private Optional<AccessReview> one(String sql, String arg) {
		return jdbc.query(sql, (rs, n) -> review(rs, lines(rs.getString("review_id"))), arg).stream().findFirst();
	}

	private List<AccessReviewLine> lines(String reviewId) {
		// sorted in Java by the caller's rule, not by collation: H2 and PostgreSQL differ
		return jdbc.query("select * from gxp_access_review_line where review_id = ?", LINE, reviewId)
			.stream()
			.sorted((a, b) -> a.role().equals(b.role()) ? a.userId().compareTo(b.userId())
					: a.role().compareTo(b.role()))
			.toList();
	}

	private static AccessReview review(ResultSet rs, List<AccessReviewLine> lines) throws SQLException {
		return new AccessReview(rs.getString("review_id"), rs.getString("process_instance_id"), rs.getString("status"),
				rs.getInt("unused_days"), instant(rs, "opened_at"), instant(rs, "approved_at"), lines);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static Timestamp ts(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

}
