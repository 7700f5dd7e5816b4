package org.gxpbridge.monitoring.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gxpbridge.monitoring.AuditTrailReview;
import org.gxpbridge.monitoring.ReviewedRecordType;
import org.gxpbridge.shared.Databases;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The audit-trail review table (V81). No rules here; {@code AuditTrailReviews} decides.
 */
@Repository
public class AuditTrailReviewStore {

	private static final RowMapper<AuditTrailReview> REVIEW = (rs, n) -> new AuditTrailReview(rs.getString("review_id"),
			rs.getString("process_instance_id"), ReviewedRecordType.valueOf(rs.getString("record_type")),
			rs.getLong("from_seq"), rs.getLong("to_seq"), rs.getInt("entry_count"), rs.getString("status"),
			instant(rs, "opened_at"), rs.getString("reviewed_by"), instant(rs, "reviewed_at"), rs.getString("outcome"),
			rs.getString("findings"), rs.getString("finding_entries"), rs.getString("deviation_ref"),
			rs.getString("follow_up"));

	/**
	 * How long an opening waits for another one of its type on PostgreSQL before its job
	 * fails and is retried (H2 has its own default of 2 s): a node frozen while holding
	 * the row lock must not hold the job executor's threads for ever.
	 */
	static final String LOCK_TIMEOUT = "30s";

	private final JdbcTemplate jdbc;

	private final boolean postgres;

	AuditTrailReviewStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.postgres = Databases.isPostgres(jdbc);
	}

	/**
	 * Locks the record type's row of {@code gxp_audit_trail_review_lock} (V168) until the
	 * transaction ends: a second review of the same type opened meanwhile, on this node
	 * or another, waits and then reads the high-water mark this one leaves (on PostgreSQL
	 * for at most {@link #LOCK_TIMEOUT}, then the statement fails and the job is
	 * retried).
	 * @throws IllegalStateException when the type has no row (a migration is missing)
	 */
	public void lockRecordType(ReviewedRecordType type) {
		if (postgres) {
			jdbc.execute("set local lock_timeout = '" + LOCK_TIMEOUT + "'");
		}
		List<String> locked = jdbc.queryForList(
				"select record_type from gxp_audit_trail_review_lock where record_type = ? for update", String.class,
				type.name());
		if (locked.isEmpty()) {
			throw new IllegalStateException("no row for " + type + " in gxp_audit_trail_review_lock");
		}
	}

	/** The high-water mark of a record type: the last entry any earlier review covers. */
	public long highWaterMark(ReviewedRecordType type) {
		Long seq = jdbc.queryForObject("select max(to_seq) from gxp_audit_trail_review where record_type = ?",
				Long.class, type.name());
		return seq == null ? 0 : seq;
	}

	public void insert(AuditTrailReview r) {
		jdbc.update(
				"insert into gxp_audit_trail_review (review_id, process_instance_id, record_type, from_seq, to_seq, "
						+ "entry_count, status, opened_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
				r.reviewId(), r.processInstanceId(), r.recordType().name(), r.fromSeq(), r.toSeq(), r.entryCount(),
				r.status(), Timestamp.from(r.openedAt()));
	}

	public void reviewed(String reviewId, String reviewer, Instant at, String outcome, String findings,
			String findingEntries) {
		jdbc.update(
				"update gxp_audit_trail_review set status = ?, reviewed_by = ?, reviewed_at = ?, outcome = ?, "
						+ "findings = ?, finding_entries = ? where review_id = ?",
				AuditTrailReview.REVIEWED, reviewer, Timestamp.from(at), outcome, findings, findingEntries, reviewId);
	}

	/** Open reviews of a type that had entries to review, oldest range first. */
	public List<AuditTrailReview> openWithEntries(ReviewedRecordType type) {
		return jdbc.query("select * from gxp_audit_trail_review where record_type = ? and status = ? "
				+ "and entry_count > 0 order by from_seq", REVIEW, type.name(), AuditTrailReview.OPEN);
	}

	public void abandoned(String reviewId) {
		jdbc.update("update gxp_audit_trail_review set status = ? where review_id = ? and status = ?",
				AuditTrailReview.ABANDONED, reviewId, AuditTrailReview.OPEN);
	}

	public void deviation(String reviewId, String deviationRef, String followUp) {
		jdbc.update("update gxp_audit_trail_review set deviation_ref = ?, follow_up = ? where review_id = ?",
				deviationRef, followUp, reviewId);
	}

	public Optional<AuditTrailReview> find(String reviewId) {
		return jdbc.query("select * from gxp_audit_trail_review where review_id = ?", REVIEW, reviewId)
			.stream()
			.findFirst();
	}

	public Optional<AuditTrailReview> forProcessInstance(String processInstanceId) {
		return jdbc
			.query("select * from gxp_audit_trail_review where process_instance_id = ?", REVIEW, processInstanceId)
			.stream()
			.findFirst();
	}

	public List<AuditTrailReview> all() {
		return jdbc.query("select * from gxp_audit_trail_review order by opened_at desc, review_id", REVIEW);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
