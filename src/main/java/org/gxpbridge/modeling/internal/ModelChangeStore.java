package org.gxpbridge.modeling.internal;

import static org.gxpbridge.modeling.internal.ModelDraftStore.instant;
import static org.gxpbridge.modeling.internal.ModelDraftStore.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.gxpbridge.modeling.ModelChange;
import org.gxpbridge.modeling.ModelDeployment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The change and deployment-history tables (V115): a change bound to its process
 * instance, and every deployment of models with who, when, checksum, validation and
 * approval.
 */
@Repository
public class ModelChangeStore {

	private final JdbcTemplate jdbc;

	ModelChangeStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public int nextNumber() {
		Integer max = jdbc.queryForObject("select max(number) from gxp_model_change", Integer.class);
		return max == null ? 1 : max + 1;
	}

	public void insert(ModelChange c, int number) {
		jdbc.update(
				"insert into gxp_model_change (id, number, draft_id, draft_version, process_instance_id, status, "
						+ "reason, submitted_by, submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				c.changeId(), number, c.draftId(), c.draftVersion(), c.processInstanceId(), c.status(), c.reason(),
				c.submittedBy(), ts(c.submittedAt()));
	}

	public void validated(String id, int draftVersion, String status, String validation) {
		jdbc.update("update gxp_model_change set draft_version = ?, status = ?, validation = ? where id = ?",
				draftVersion, status, validation, id);
	}

	public void status(String id, String status) {
		jdbc.update("update gxp_model_change set status = ? where id = ?", status, id);
	}

	public void reviewed(String id, String status, String reviewer, String comment) {
		jdbc.update("update gxp_model_change set status = ?, reviewed_by = ?, review_comment = ? where id = ?", status,
				reviewer, comment, id);
	}

	public void deployed(String id, String deploymentId) {
		jdbc.update("update gxp_model_change set status = ?, deployment_id = ? where id = ?", ModelChange.DEPLOYED,
				deploymentId, id);
	}

	public Optional<ModelChange> find(String id) {
		return jdbc.query("select * from gxp_model_change where id = ?", ModelChangeStore::change, id)
			.stream()
			.findFirst();
	}

	public Optional<ModelChange> forProcessInstance(String processInstanceId) {
		return jdbc
			.query("select * from gxp_model_change where process_instance_id = ?", ModelChangeStore::change,
					processInstanceId)
			.stream()
			.findFirst();
	}

	public List<ModelChange> ofDraft(String draftId) {
		return jdbc.query("select * from gxp_model_change where draft_id = ? order by number", ModelChangeStore::change,
				draftId);
	}

	public void record(ModelDeployment d) {
		jdbc.update("insert into gxp_model_deployment (deployment_id, change_id, draft_id, resource_name, checksum, "
				+ "validation, deployed_by, deployed_at, approved_by, signature_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				d.deploymentId(), d.changeId(), d.draftId(), d.resourceName(), d.checksum(), d.validation(),
				d.deployedBy(), ts(d.deployedAt()), d.approvedBy(), d.signatureId());
	}

	public Optional<ModelDeployment> deployment(String deploymentId) {
		return jdbc
			.query("select * from gxp_model_deployment where deployment_id = ?", ModelChangeStore::deployment,
					deploymentId)
			.stream()
			.findFirst();
	}

	/** Newest first. */
	public List<ModelDeployment> deployments() {
		return jdbc.query("select * from gxp_model_deployment order by deployed_at desc, deployment_id desc",
				ModelChangeStore::deployment);
	}

	private static ModelChange change(ResultSet rs, int row) throws SQLException {
		return new ModelChange(rs.getString("id"), rs.getString("draft_id"), rs.getInt("draft_version"),
				rs.getString("process_instance_id"), rs.getString("status"), rs.getString("reason"),
				rs.getString("validation"), rs.getString("submitted_by"), instant(rs.getTimestamp("submitted_at")),
				rs.getString("reviewed_by"), rs.getString("review_comment"), rs.getString("deployment_id"));
	}

	private static ModelDeployment deployment(ResultSet rs, int row) throws SQLException {
		return new ModelDeployment(rs.getString("deployment_id"), rs.getString("change_id"), rs.getString("checksum"),
				rs.getString("validation"), rs.getString("deployed_by"), instant(rs.getTimestamp("deployed_at")),
				rs.getString("approved_by"), rs.getString("signature_id"), rs.getString("draft_id"),
				rs.getString("resource_name"));
	}

}
