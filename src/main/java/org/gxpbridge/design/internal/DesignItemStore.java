package org.gxpbridge.design.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.gxpbridge.design.DesignItem;
import org.gxpbridge.design.DesignItem.ThreatModel;
import org.gxpbridge.design.DesignRequirement;
import org.gxpbridge.design.DesignVerification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The design item tables (V100). No rules here; {@code DesignItems} decides. Lists are
 * sorted in Java, not by collation: H2 and PostgreSQL differ.
 */
@Repository
public class DesignItemStore {

	private static final String REQUIREMENT = "REQUIREMENT";

	private static final String RISK_CONTROL = "RISK_CONTROL";

	private final JdbcTemplate jdbc;

	DesignItemStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The next number of DI-&lt;n&gt;; the unique number refuses a concurrent duplicate.
	 */
	public int nextNumber() {
		Integer max = jdbc.queryForObject("select max(number) from gxp_design_item", Integer.class);
		return max == null ? 1 : max + 1;
	}

	public void insert(DesignItem i, int number) {
		jdbc.update(
				"insert into gxp_design_item (id, number, name, item_version, status, risk_register_id, created_by, "
						+ "created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
				i.id(), number, i.name(), i.version(), i.status(), i.riskRegisterId(), i.createdBy(),
				ts(i.createdAt()));
		for (String designer : i.designers()) {
			jdbc.update("insert into gxp_design_designer (item_id, account_id) values (?, ?)", i.id(), designer);
		}
	}

	public void setStatus(String id, String status) {
		jdbc.update("update gxp_design_item set status = ? where id = ?", status, id);
	}

	public void setThreatModel(String id, ThreatModel t) {
		jdbc.update("update gxp_design_item set threat_model_document_id = ?, threat_model_title = ?, "
				+ "threat_model_sha256 = ? where id = ?", t.documentId(), t.title(), t.sha256(), id);
	}

	public void insertRequirement(String itemId, DesignRequirement r) {
		jdbc.update(
				"insert into gxp_design_requirement (item_id, requirement_id, requirement_text, requirement_type, "
						+ "recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)",
				itemId, r.id(), r.text(), r.type(), r.recordedBy(), ts(r.recordedAt()));
	}

	public void insertVerification(String itemId, DesignVerification v) {
		jdbc.update("insert into gxp_design_verification (item_id, verification_id, method, result_value, description, "
				+ "evidence_document_id, evidence_sha256, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				itemId, v.id(), v.method(), v.result(), v.description(), v.evidenceDocumentId(), v.evidenceSha256(),
				v.recordedBy(), ts(v.recordedAt()));
		for (String r : v.requirementIds()) {
			trace(itemId, v.id(), REQUIREMENT, r);
		}
		for (String c : v.riskControlIds()) {
			trace(itemId, v.id(), RISK_CONTROL, c);
		}
	}

	private void trace(String itemId, String verificationId, String kind, String target) {
		jdbc.update("insert into gxp_design_verification_trace (item_id, verification_id, kind, target_id) "
				+ "values (?, ?, ?, ?)", itemId, verificationId, kind, target);
	}

	public Optional<DesignItem> find(String id) {
		return jdbc.query("select * from gxp_design_item where id = ?", (rs, n) -> row(rs), id).stream().findFirst();
	}

	/** Every item, newest first. */
	public List<DesignItem> all() {
		return jdbc.query("select * from gxp_design_item order by number desc", (rs, n) -> row(rs));
	}

	private DesignItem row(ResultSet rs) throws SQLException {
		String id = rs.getString("id");
		List<String> designers = jdbc
			.queryForList("select account_id from gxp_design_designer where item_id = ?", String.class, id)
			.stream()
			.sorted()
			.toList();
		List<DesignRequirement> requirements = jdbc
			.query("select * from gxp_design_requirement where item_id = ?",
					(r, n) -> new DesignRequirement(r.getString("requirement_id"), r.getString("requirement_text"),
							r.getString("requirement_type"), r.getString("recorded_by"), instant(r, "recorded_at")),
					id)
			.stream()
			.sorted(Comparator.comparing(DesignRequirement::id))
			.toList();
		List<DesignVerification> verifications = jdbc
			.query("select * from gxp_design_verification where item_id = ?", (r, n) -> verification(id, r), id)
			.stream()
			.sorted(Comparator.comparing(DesignVerification::id))
			.toList();
		String threatId = rs.getString("threat_model_document_id");
		ThreatModel threat = threatId == null ? null
				: new ThreatModel(threatId, rs.getString("threat_model_title"), rs.getString("threat_model_sha256"));
		return new DesignItem(id, rs.getString("name"), rs.getString("item_version"), rs.getString("status"),
				rs.getString("risk_register_id"), designers, threat, requirements, verifications,
				rs.getString("created_by"), instant(rs, "created_at"));
	}

	private DesignVerification verification(String itemId, ResultSet r) throws SQLException {
		String vid = r.getString("verification_id");
		return new DesignVerification(vid, r.getString("method"), r.getString("result_value"),
				r.getString("description"), r.getString("evidence_document_id"), r.getString("evidence_sha256"),
				targets(itemId, vid, REQUIREMENT), targets(itemId, vid, RISK_CONTROL), r.getString("recorded_by"),
				instant(r, "recorded_at"));
	}

	private List<String> targets(String itemId, String verificationId, String kind) {
		return jdbc
			.queryForList("select target_id from gxp_design_verification_trace where item_id = ? and "
					+ "verification_id = ? and kind = ?", String.class, itemId, verificationId, kind)
			.stream()
			.sorted()
			.toList();
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static Timestamp ts(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

}
