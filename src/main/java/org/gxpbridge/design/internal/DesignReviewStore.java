package org.gxpbridge.design.internal;

import static org.gxpbridge.design.internal.DesignItemStore.instant;
import static org.gxpbridge.design.internal.DesignItemStore.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.gxpbridge.design.DesignReview;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The design review tables (V100): the review bound to its process instance, and the
 * findings and gap justifications of each round.
 */
@Repository
public class DesignReviewStore {

	/** The design_input value of a gap justification. */
	public static final String GAP = "GAP";

	private final JdbcTemplate jdbc;

	DesignReviewStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public int nextNumber() {
		Integer max = jdbc.queryForObject("select max(number) from gxp_design_review", Integer.class);
		return max == null ? 1 : max + 1;
	}

	public void insert(DesignReview r, int number) {
		jdbc.update(
				"insert into gxp_design_review (id, number, item_id, process_instance_id, business_key, status, "
						+ "review_round, started_by, started_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				r.id(), number, r.itemId(), r.processInstanceId(), r.businessKey(), r.status(), r.round(),
				r.startedBy(), ts(r.startedAt()));
	}

	public void reviewed(String id, String status, String outcome, String reviewerId, Instant at,
			Map<String, String> findings, Map<String, String> justifications, int round) {
		jdbc.update("update gxp_design_review set status = ?, outcome = ?, reviewer_id = ?, reviewed_at = ? "
				+ "where id = ?", status, outcome, reviewerId, ts(at), id);
		findings.forEach((input, text) -> finding(id, round, input, "-", text));
		justifications.forEach((gap, text) -> finding(id, round, GAP, gap, text));
	}

	private void finding(String id, int round, String input, String subject, String text) {
		jdbc.update("insert into gxp_design_review_finding (review_id, review_round, design_input, subject, finding) "
				+ "values (?, ?, ?, ?, ?)", id, round, input, subject, text);
	}

	/** A new round after rework: the next review starts without findings. */
	public void nextRound(String id, int round) {
		jdbc.update("update gxp_design_review set status = ?, review_round = ?, outcome = null, reviewer_id = null, "
				+ "reviewed_at = null where id = ?", DesignReview.OPEN, round, id);
	}

	public void approved(String id, Instant at) {
		jdbc.update("update gxp_design_review set status = ?, approved_at = ? where id = ?", DesignReview.APPROVED,
				ts(at), id);
	}

	public void cancelled(String id) {
		jdbc.update("update gxp_design_review set status = ? where id = ?", DesignReview.CANCELLED, id);
	}

	public Optional<DesignReview> find(String id) {
		return one("select * from gxp_design_review where id = ?", id);
	}

	public Optional<DesignReview> forProcessInstance(String processInstanceId) {
		return one("select * from gxp_design_review where process_instance_id = ?", processInstanceId);
	}

	/** The reviews of an item, newest first. */
	public List<DesignReview> ofItem(String itemId) {
		return jdbc.query("select * from gxp_design_review where item_id = ? order by number desc", (rs, n) -> row(rs),
				itemId);
	}

	private Optional<DesignReview> one(String sql, String arg) {
		return jdbc.query(sql, (rs, n) -> row(rs), arg).stream().findFirst();
	}

	private DesignReview row(ResultSet rs) throws SQLException {
		String id = rs.getString("id");
		int round = rs.getInt("review_round");
		Map<String, String> findings = new TreeMap<>();
		Map<String, String> justifications = new TreeMap<>();
		jdbc.query("select design_input, subject, finding from gxp_design_review_finding where review_id = ? and "
				+ "review_round = ?", (ResultSet f) -> {
					if (GAP.equals(f.getString(1))) {
						justifications.put(f.getString(2), f.getString(3));
					}
					else {
						findings.put(f.getString(1), f.getString(3));
					}
				}, id, round);
		return new DesignReview(id, rs.getString("item_id"), rs.getString("process_instance_id"),
				rs.getString("business_key"), rs.getString("status"), round, rs.getString("outcome"),
				rs.getString("reviewer_id"), instant(rs, "reviewed_at"), instant(rs, "approved_at"), findings,
				justifications, rs.getString("started_by"), instant(rs, "started_at"));
	}

}
