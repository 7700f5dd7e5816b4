package org.gxpbridge.modeling.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gxpbridge.modeling.DraftSummary;
import org.gxpbridge.modeling.ModelDraft;
import org.gxpbridge.modeling.ModelKind;
import org.gxpbridge.modeling.ModelProblem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The draft tables (V115): a draft and every version of it; a save adds a version row and
 * never changes an older one.
 */
@Repository
public class ModelDraftStore {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String SELECT = "select d.id, d.kind, d.model_key, d.resource_name, d.base_deployment_id, "
			+ "d.status, d.author, v.version, v.content, v.checksum, v.problems, v.saved_by, v.saved_at "
			+ "from gxp_model_draft d join gxp_model_draft_version v on v.draft_id = d.id ";

	private final JdbcTemplate jdbc;

	ModelDraftStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public int nextNumber() {
		Integer max = jdbc.queryForObject("select max(number) from gxp_model_draft", Integer.class);
		return max == null ? 1 : max + 1;
	}

	public void insert(ModelDraft d, int number, Instant at) {
		jdbc.update(
				"insert into gxp_model_draft (id, number, kind, model_key, resource_name, base_deployment_id, "
						+ "status, latest_version, author, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				d.draftId(), number, d.kind().name(), d.key(), d.resourceName(), d.baseDeploymentId(), d.status(),
				d.version(), d.author(), ts(at));
		insertVersion(d);
	}

	/** A new version row; the draft points to it as its latest. */
	public void insertVersion(ModelDraft d) {
		jdbc.update(
				"insert into gxp_model_draft_version (draft_id, version, content, checksum, problems, saved_by, "
						+ "saved_at) values (?, ?, ?, ?, ?, ?, ?)",
				d.draftId(), d.version(), d.content(), d.checksum(), json(d.problems()), d.savedBy(), ts(d.savedAt()));
		jdbc.update("update gxp_model_draft set latest_version = ? where id = ?", d.version(), d.draftId());
	}

	public void status(String draftId, String status) {
		jdbc.update("update gxp_model_draft set status = ? where id = ?", status, draftId);
	}

	public Optional<ModelDraft> latest(String draftId) {
		return jdbc.query(SELECT + "where d.id = ? and v.version = d.latest_version", this::draft, draftId)
			.stream()
			.findFirst();
	}

	public Optional<ModelDraft> version(String draftId, int version) {
		return jdbc.query(SELECT + "where d.id = ? and v.version = ?", this::draft, draftId, version)
			.stream()
			.findFirst();
	}

	public List<DraftSummary> list(String author) {
		String where = author == null ? "" : "and d.author = ? ";
		Object[] args = author == null ? new Object[0] : new Object[] { author };
		return jdbc.query(SELECT + "where v.version = d.latest_version " + where + "order by d.number desc",
				(rs, i) -> summary(draft(rs, i)), args);
	}

	private static DraftSummary summary(ModelDraft d) {
		return new DraftSummary(d.draftId(), d.kind(), d.key(), d.resourceName(), d.version(), d.status(), d.author(),
				d.savedAt(), d.problems().size());
	}

	private ModelDraft draft(ResultSet rs, int row) throws SQLException {
		return new ModelDraft(rs.getString("id"), ModelKind.valueOf(rs.getString("kind")), rs.getString("model_key"),
				rs.getString("resource_name"), rs.getString("base_deployment_id"), rs.getInt("version"),
				rs.getString("status"), rs.getString("content"), rs.getString("checksum"), rs.getString("author"),
				rs.getString("saved_by"), instant(rs.getTimestamp("saved_at")), problems(rs.getString("problems")));
	}

	static String json(List<ModelProblem> problems) {
		try {
			return JSON.writeValueAsString(problems);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	static List<ModelProblem> problems(String json) {
		try {
			return JSON.readValue(json, new TypeReference<List<ModelProblem>>() {
			});
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Stored problems are not JSON", e);
		}
	}

	static Timestamp ts(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
