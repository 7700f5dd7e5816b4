package org.gxpbridge.documents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gxpbridge.documents.DocumentInfo;
import org.gxpbridge.documents.DocumentKind;
import org.gxpbridge.documents.Evidence;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Rows of gxp_document*, written once and never updated; integrity is checked by the
 * caller on every read.
 */
@Repository
class DocumentStore {

	private static final String INFO = "select d.id, d.title, d.kind, d.version, d.file_name, d.media_type, d.size_bytes, d.sha256, "
			+ "d.page_count, d.language, d.author, d.supersedes_id, n.id as superseded_by, d.uploaded_by, d.uploaded_at "
			+ "from gxp_document d left join gxp_document n on n.supersedes_id = d.id ";

	static final RowMapper<DocumentInfo> DOCUMENT_INFO = (rs, n) -> new DocumentInfo(rs.getString("id"),
			rs.getString("title"), DocumentKind.valueOf(rs.getString("kind")), rs.getInt("version"),
			rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
			(Integer) rs.getObject("page_count", Integer.class), rs.getString("language"), rs.getString("author"),
			rs.getString("supersedes_id"), rs.getString("superseded_by"), rs.getString("uploaded_by"),
			instant(rs, "uploaded_at"));

	private final JdbcTemplate jdbc;

	DocumentStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored text and the SHA-256 it had when stored. */
	record StoredText(String text, String sha256) {
	}

	void insert(DocumentInfo d, byte[] content, String text, String textSha256) {
		jdbc.update(
				"insert into gxp_document (id, version, supersedes_id, title, kind, file_name, media_type, size_bytes, sha256, "
						+ "page_count, language, author, extracted_text, text_sha256, uploaded_by, uploaded_at) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				d.id(), d.version(), d.supersedes(), d.title(), d.kind().name(), d.fileName(), d.mediaType(), d.size(),
				d.sha256(), d.pages(), d.language(), d.author(), text, textSha256, d.uploadedBy(),
				Timestamp.from(d.uploadedAt()));
		jdbc.update("insert into gxp_document_content (document_id, content) values (?, ?)", d.id(), content);
	}

	Optional<DocumentInfo> info(String id) {
		return jdbc.query(INFO + "where d.id = ?", DOCUMENT_INFO, id).stream().findFirst();
	}

	Optional<byte[]> content(String id) {
		return jdbc
			.query("select content from gxp_document_content where document_id = ?", (rs, n) -> rs.getBytes(1), id)
			.stream()
			.findFirst();
	}

	Optional<StoredText> text(String id) {
		return jdbc
			.query("select extracted_text, text_sha256 from gxp_document where id = ?",
					(rs, n) -> new StoredText(rs.getString(1), rs.getString(2)), id)
			.stream()
			.findFirst();
	}

	void attach(String documentId, String processInstanceId, String taskId, String userId, Instant at) {
		jdbc.update(
				"insert into gxp_document_attachment (document_id, process_instance_id, task_id, attached_by, attached_at) values (?, ?, ?, ?, ?)",
				documentId, processInstanceId, taskId, userId, Timestamp.from(at));
	}

	boolean isAttached(String documentId, String processInstanceId, String taskId) {
		Integer n = jdbc.queryForObject(
				"select count(*) from gxp_document_attachment where document_id = ? and process_instance_id = ? "
						+ "and coalesce(task_id, '') = ?",
				Integer.class, documentId, processInstanceId, taskId == null ? "" : taskId);
		return n != null && n > 0;
	}

	/**
	 * Attachments of a process instance as stored; the caller verifies each SHA-256
	 * before handing it out.
	 */
	List<Evidence> attachmentsOfProcessInstance(String processInstanceId) {
		return attachments("process_instance_id", processInstanceId);
	}

	List<Evidence> attachmentsOfDocument(String documentId) {
		return attachments("document_id", documentId);
	}

	private List<Evidence> attachments(String column, String value) {
		return jdbc
			.query("select a.document_id, d.title, d.file_name, d.media_type, d.size_bytes, d.sha256, a.process_instance_id, a.task_id, "
					+ "a.attached_by, a.attached_at from gxp_document_attachment a join gxp_document d on d.id = a.document_id where a."
					+ column + " = ? order by a.attached_at, a.id",
					(rs, n) -> new Evidence(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
							instant(rs, "attached_at")),
					value);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
