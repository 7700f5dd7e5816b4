package org.gxpbridge.improvement.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gxpbridge.improvement.ManagementReview;
import org.gxpbridge.improvement.ManagementReviewAction;
import org.gxpbridge.improvement.ManagementReviewInput;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The management review tables of V90: the review with its pack snapshot (JSON) and
 * minutes, the conclusions per input, the actions.
 */
@Repository
public class ManagementReviewStore {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final JdbcTemplate jdbc;

	ManagementReviewStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public int nextNumber() {
		Integer max = jdbc.queryForObject("select max(number) from gxp_management_review", Integer.class);
		return max == null ? 1 : max + 1;
	}

	public static String packJson(List<ManagementReviewInput> pack) {
		try {
			return JSON.writeValueAsString(pack);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	public void insert(String id, int number, String businessKey, Instant since, String packJson, String packSha256,
			String gatheredBy, Instant gatheredAt, String processInstanceId) {
		jdbc.update("insert into gxp_management_review (id, number, business_key, status, since_at, pack_json, "
				+ "pack_sha256, gathered_by, gathered_at, process_instance_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				id, number, businessKey, ManagementReview.PACK_GATHERED, Timestamp.from(since), packJson, packSha256,
				gatheredBy, Timestamp.from(gatheredAt), processInstanceId);
	}

	public void minutes(String id, String attendees, String decisions, boolean restart, String by, Instant at,
			Map<String, String> conclusions, List<ManagementReviewAction> actions) {
		jdbc.update(
				"update gxp_management_review set status = ?, attendees = ?, decisions = ?, restart_lifecycle = ?,"
						+ " minutes_by = ?, minutes_at = ? where id = ?",
				ManagementReview.MINUTES_RECORDED, attendees, decisions, restart, by, Timestamp.from(at), id);
		conclusions.forEach((key, text) -> jdbc.update(
				"insert into gxp_management_review_conclusion (review_id, input_key, conclusion) values (?, ?, ?)", id,
				key, text));
		for (ManagementReviewAction a : actions) {
			jdbc.update(
					"insert into gxp_management_review_action (id, review_id, number, description, owner_id, "
							+ "due_date, status) values (?, ?, ?, ?, ?, ?, ?)",
					a.id(), id, a.number(), a.description(), a.ownerId(), Date.valueOf(a.dueDate()), a.status());
		}
	}

	public void approved(String id, Instant at) {
		jdbc.update("update gxp_management_review set status = ?, approved_at = ? where id = ?",
				ManagementReview.APPROVED, Timestamp.from(at), id);
	}

	public void actionDone(String actionId, String outcome, String by, Instant at) {
		jdbc.update("update gxp_management_review_action set status = ?, outcome = ?, done_by = ?, done_at = ? "
				+ "where id = ?", ManagementReviewAction.DONE, outcome, by, Timestamp.from(at), actionId);
	}

	public Optional<ManagementReview> find(String id) {
		return jdbc.query("select * from gxp_management_review where id = ?", this::review, id).stream().findFirst();
	}

	public Optional<ManagementReview> forProcessInstance(String processInstanceId) {
		return jdbc
			.query("select * from gxp_management_review where process_instance_id = ?", this::review, processInstanceId)
			.stream()
			.findFirst();
	}

	/** Newest first. */
	public List<ManagementReview> all() {
		return jdbc.query("select * from gxp_management_review order by number desc", this::review);
	}

	/** When the latest approved review was approved, the "since" of the next one. */
	public Optional<Instant> lastApprovedAt() {
		Timestamp t = jdbc.queryForObject("select max(approved_at) from gxp_management_review", Timestamp.class);
		return Optional.ofNullable(t).map(Timestamp::toInstant);
	}

	public Optional<ManagementReviewAction> action(String actionId) {
		return jdbc
			.query("select * from gxp_management_review_action where id = ?", ManagementReviewStore::action, actionId)
			.stream()
			.findFirst();
	}

	private ManagementReview review(ResultSet rs, int n) throws SQLException {
		String id = rs.getString("id");
		Map<String, String> conclusions = new LinkedHashMap<>();
		jdbc.query("select input_key, conclusion from gxp_management_review_conclusion where review_id = ?",
				(ResultSet c) -> {
					conclusions.put(c.getString(1), c.getString(2));
				}, id);
		List<ManagementReviewAction> actions = jdbc.query(
				"select * from gxp_management_review_action where review_id = ? order by number",
				ManagementReviewStore::action, id);
		String attendees = rs.getString("attendees");
		Object restart = rs.getObject("restart_lifecycle");
		return new ManagementReview(id, rs.getInt("number"), rs.getString("business_key"), rs.getString("status"),
				instant(rs, "since_at"), pack(rs.getString("pack_json")), rs.getString("pack_sha256"),
				rs.getString("gathered_by"), instant(rs, "gathered_at"),
				attendees == null ? List.of() : Arrays.asList(attendees.split("\n")), conclusions,
				rs.getString("decisions"), restart == null ? null : rs.getBoolean("restart_lifecycle"),
				rs.getString("minutes_by"), instant(rs, "minutes_at"), instant(rs, "approved_at"), actions,
				rs.getString("process_instance_id"));
	}

	private static ManagementReviewAction action(ResultSet rs, int n) throws SQLException {
		return new ManagementReviewAction(rs.getString("id"), rs.getString("review_id"), rs.getInt("number"),
				rs.getString("description"), rs.getString("owner_id"), rs.getDate("due_date").toLocalDate(),
				rs.getString("status"), rs.getString("outcome"), rs.getString("done_by"), instant(rs, "done_at"));
	}

	private static List<ManagementReviewInput> pack(String json) {
		try {
			return JSON.readValue(json, new TypeReference<List<ManagementReviewInput>>() {
			});
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Unreadable meeting pack", e);
		}
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
