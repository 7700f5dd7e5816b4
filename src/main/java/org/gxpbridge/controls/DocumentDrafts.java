package org.gxpbridge.controls;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Versions under review and approval, one per DocumentApprovalProcess instance: the
 * record the REVIEWED and APPROVED signatures cover (number, version, title, change
 * summary, with the file's SHA-256 as attached evidence). The binding instance -> record
 * is this table's, written by the process at submission and resubmission.
 */
@Service
public class DocumentDrafts {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DocumentDrafts(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/** Records a submission (or a resubmission after requested changes) for review. */
	@Transactional
	public DocumentDraft submit(String processInstanceId, String documentNumber, String version, String title,
			String changeSummary, String authorId) {
		Instant now = clock.instant();
		Optional<DocumentDraft> before = find(processInstanceId);
		if (before.isEmpty()) {
			jdbc.update(
					"insert into gxp_document_draft (process_instance_id, document_number, version, title, "
							+ "change_summary, author_id, status, revision, submitted_at, updated_at) "
							+ "values (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
					processInstanceId, documentNumber, version, title, changeSummary, authorId, DocumentDraft.IN_REVIEW,
					Timestamp.from(now), Timestamp.from(now));
		}
		else {
			jdbc.update(
					"update gxp_document_draft set document_number = ?, version = ?, title = ?, "
							+ "change_summary = ?, status = ?, revision = revision + 1, updated_at = ? "
							+ "where process_instance_id = ?",
					documentNumber, version, title, changeSummary, DocumentDraft.IN_REVIEW, Timestamp.from(now),
					processInstanceId);
		}
		events.publishEvent(new DocumentStatusChanged(documentNumber, version,
				before.map(b -> b.status() + " " + b.version()).orElse(null), DocumentDraft.IN_REVIEW, authorId,
				changeSummary, processInstanceId));
		return find(processInstanceId).orElseThrow();
	}

	/** The review or approval ended the request: the draft is marked with the outcome. */
	@Transactional
	public void close(String processInstanceId, String status, String reason) {
		find(processInstanceId).ifPresent(d -> {
			jdbc.update("update gxp_document_draft set status = ?, updated_at = ? where process_instance_id = ?",
					status, Timestamp.from(clock.instant()), processInstanceId);
			events.publishEvent(new DocumentStatusChanged(d.documentNumber(), d.version(), d.status(), status, null,
					reason, processInstanceId));
		});
	}

	public Optional<DocumentDraft> find(String processInstanceId) {
		return jdbc
			.query("select * from gxp_document_draft where process_instance_id = ?",
					(rs, n) -> new DocumentDraft(rs.getString("process_instance_id"), rs.getString("document_number"),
							rs.getString("version"), rs.getString("title"), rs.getString("change_summary"),
							rs.getString("author_id"), rs.getString("status"), rs.getInt("revision"),
							rs.getTimestamp("submitted_at").toInstant()),
					processInstanceId)
			.stream()
			.findFirst();
	}

}
