package org.gxpbridge.inspection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.gxpbridge.inspection.InspectionRequest;
import org.gxpbridge.inspection.InspectionRequestStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The rows of gxp_inspection_request; lists are stored one item per line. */
@Component
public class InspectionRequestStore {

	private static final String SELECT = "select id, process_instance_id, requested_by, subject, request_text,"
			+ " record_refs, status, requested_at, assigned_by, assigned_at, preparer, response_text,"
			+ " attached_records, prepared_at, reviewed_by, reviewed_at, review_comment, published_at"
			+ " from gxp_inspection_request";

	private final JdbcTemplate jdbc;

	InspectionRequestStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts a FILED request with the next number and returns its id (IR-n). */
	public String insert(String requestedBy, String subject, String text, List<String> refs, Instant at) {
		Integer next = jdbc.queryForObject("select coalesce(max(number), 0) + 1 from gxp_inspection_request",
				Integer.class);
		String id = "IR-" + next;
		jdbc.update(
				"insert into gxp_inspection_request (id, number, requested_by, subject, request_text, record_refs,"
						+ " status, requested_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
				id, next, requestedBy, subject, text, String.join("\n", refs), InspectionRequestStatus.FILED.name(),
				odt(at));
		return id;
	}

	public void bind(String id, String processInstanceId) {
		jdbc.update("update gxp_inspection_request set process_instance_id = ? where id = ?", processInstanceId, id);
	}

	public void assigned(String id, String by, String preparer, Instant at) {
		jdbc.update("update gxp_inspection_request set status = ?, assigned_by = ?, preparer = ?, assigned_at = ?"
				+ " where id = ?", InspectionRequestStatus.ASSIGNED.name(), by, preparer, odt(at), id);
	}

	public void prepared(String id, String by, String text, List<String> records, Instant at) {
		jdbc.update(
				"update gxp_inspection_request set status = ?, preparer = ?, response_text = ?,"
						+ " attached_records = ?, prepared_at = ? where id = ?",
				InspectionRequestStatus.PREPARED.name(), by, text, String.join("\n", records), odt(at), id);
	}

	public void reviewed(String id, String by, InspectionRequestStatus status, String comment, Instant at) {
		jdbc.update("update gxp_inspection_request set status = ?, reviewed_by = ?, review_comment = ?,"
				+ " reviewed_at = ? where id = ?", status.name(), by, comment, odt(at), id);
	}

	public void published(String id, Instant at) {
		jdbc.update("update gxp_inspection_request set status = ?, published_at = ? where id = ?",
				InspectionRequestStatus.PUBLISHED.name(), odt(at), id);
	}

	public Optional<InspectionRequest> find(String id) {
		return jdbc.query(SELECT + " where id = ?", InspectionRequestStore::row, id).stream().findFirst();
	}

	public Optional<InspectionRequest> forProcessInstance(String processInstanceId) {
		return jdbc.query(SELECT + " where process_instance_id = ?", InspectionRequestStore::row, processInstanceId)
			.stream()
			.findFirst();
	}

	/** Newest first; {@code requestedBy} null for all. */
	public List<InspectionRequest> list(String requestedBy) {
		return requestedBy == null ? jdbc.query(SELECT + " order by number desc", InspectionRequestStore::row) : jdbc
			.query(SELECT + " where requested_by = ? order by number desc", InspectionRequestStore::row, requestedBy);
	}

	private static InspectionRequest row(ResultSet rs, int n) throws SQLException {
		return new InspectionRequest(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getString(5), lines(rs.getString(6)), InspectionRequestStatus.valueOf(rs.getString(7)),
				instant(rs, 8), rs.getString(9), instant(rs, 10), rs.getString(11), rs.getString(12),
				lines(rs.getString(13)), instant(rs, 14), rs.getString(15), instant(rs, 16), rs.getString(17),
				instant(rs, 18));
	}

	private static List<String> lines(String text) {
		return text == null || text.isBlank() ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	private static OffsetDateTime odt(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

}
