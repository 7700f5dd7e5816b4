package org.gxpbridge.controls;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of controlled documents (820.40, ISO 13485 4.2.4): every version that ever
 * became effective, superseded and retired ones included and marked, so "which version
 * was effective on date X" has one answer. A number and version become effective once
 * only; a newer effective version supersedes the one before. Drafts under review are kept
 * by {@link DocumentDrafts}. Every change publishes an audited event.
 */
@Service
public class ControlledDocuments {

	private static final String SELECT = "select * from gxp_controlled_document ";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ControlsSettings settings;

	ControlledDocuments(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events, ControlsSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.settings = settings;
	}

	/**
	 * Registers an approved version as effective now; refuses a number and version that
	 * is already in the register.
	 */
	@Transactional
	public ControlledDocument makeEffective(String documentNumber, String version, String title, String authorId,
			String processInstanceId) {
		return makeEffective(documentNumber, version, title, authorId, processInstanceId, null, null);
	}

	/**
	 * Registers an approved version with its file as effective now, due for periodic
	 * review after {@code gxp.controls.periodic-review}; the version effective until now
	 * becomes SUPERSEDED. Refuses a number and version already in the register.
	 */
	@Transactional
	public ControlledDocument makeEffective(String documentNumber, String version, String title, String authorId,
			String processInstanceId, String changeSummary, DocumentFile file) {
		Integer existing = jdbc.queryForObject(
				"select count(*) from gxp_controlled_document where document_number = ? and version = ?", Integer.class,
				documentNumber, version);
		if (existing != null && existing > 0) {
			throw new ConflictException("already_effective",
					"Document " + documentNumber + " version " + version + " is already effective");
		}
		Instant now = clock.instant();
		current(documentNumber).ifPresent(previous -> {
			jdbc.update(
					"update gxp_controlled_document set status = ?, effective_until = ?, status_reason = ? "
							+ "where document_number = ? and version = ?",
					ControlledDocument.SUPERSEDED, Timestamp.from(now), "superseded by version " + version,
					documentNumber, previous.version());
			events.publishEvent(new DocumentStatusChanged(documentNumber, previous.version(), previous.status(),
					ControlledDocument.SUPERSEDED, null, "superseded by version " + version, processInstanceId));
		});
		Instant nextReview = nextReviewAfter(now);
		jdbc.update("insert into gxp_controlled_document (document_number, version, title, status, author_id, "
				+ "process_instance_id, effective_at, change_summary, file_document_id, file_name, file_sha256, "
				+ "next_review_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", documentNumber, version, title,
				ControlledDocument.EFFECTIVE, authorId, processInstanceId, Timestamp.from(now), changeSummary,
				file == null ? null : file.documentId(), file == null ? null : file.fileName(),
				file == null ? null : file.sha256(), Timestamp.from(nextReview));
		events
			.publishEvent(new DocumentMadeEffective(documentNumber, version, title, authorId, processInstanceId, now));
		return get(documentNumber, version);
	}

	/**
	 * The periodic review kept the version effective: due for review again after
	 * {@code gxp.controls.periodic-review}.
	 */
	@Transactional
	public ControlledDocument keepEffective(String documentNumber, String version, String actorId, String reason) {
		ControlledDocument doc = requireEffective(documentNumber, version);
		jdbc.update(
				"update gxp_controlled_document set next_review_at = ?, status_reason = ? "
						+ "where document_number = ? and version = ?",
				Timestamp.from(nextReviewAfter(clock.instant())), reason, documentNumber, version);
		events.publishEvent(new DocumentStatusChanged(documentNumber, version, doc.status(), "REVIEWED_KEPT_EFFECTIVE",
				actorId, reason, doc.processInstanceId()));
		return get(documentNumber, version);
	}

	/** Retires the effective version: it stays readable, marked RETIRED. */
	@Transactional
	public ControlledDocument retire(String documentNumber, String version, String actorId, String reason) {
		ControlledDocument doc = requireEffective(documentNumber, version);
		jdbc.update(
				"update gxp_controlled_document set status = ?, effective_until = ?, status_reason = ? "
						+ "where document_number = ? and version = ?",
				ControlledDocument.RETIRED, Timestamp.from(clock.instant()), reason, documentNumber, version);
		events.publishEvent(new DocumentStatusChanged(documentNumber, version, doc.status(), ControlledDocument.RETIRED,
				actorId, reason, doc.processInstanceId()));
		return get(documentNumber, version);
	}

	/** The version effective now, if any. */
	public Optional<ControlledDocument> current(String documentNumber) {
		return jdbc
			.query(SELECT + "where document_number = ? and status = ?", ControlledDocuments::row, documentNumber,
					ControlledDocument.EFFECTIVE)
			.stream()
			.findFirst();
	}

	/**
	 * Every registered version of a document, oldest first; 404 for an unknown number.
	 */
	public List<ControlledDocument> versions(String documentNumber) {
		List<ControlledDocument> versions = jdbc.query(
				SELECT + "where document_number = ? order by effective_at, version", ControlledDocuments::row,
				documentNumber);
		if (versions.isEmpty()) {
			throw unknown(documentNumber);
		}
		return versions;
	}

	/** The versions that were effective at that instant, one per document number. */
	public List<ControlledDocument> effectiveOn(Instant at) {
		return all().stream().filter(d -> d.effectiveOn(at)).toList();
	}

	public List<ControlledDocument> all() {
		return jdbc.query(SELECT + "order by document_number, effective_at, version", ControlledDocuments::row);
	}

	/** A registered version; 404 naming it when unknown. */
	public ControlledDocument get(String documentNumber, String version) {
		return jdbc
			.query(SELECT + "where document_number = ? and version = ?", ControlledDocuments::row, documentNumber,
					version)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("unknown_document",
					"Controlled document " + documentNumber + " version " + version + " is not in the register"));
	}

	/** Whether a document number is in the register at all. */
	public boolean isKnown(String documentNumber) {
		Integer n = jdbc.queryForObject("select count(*) from gxp_controlled_document where document_number = ?",
				Integer.class, documentNumber);
		return n != null && n > 0;
	}

	static NotFoundException unknown(String documentNumber) {
		return new NotFoundException("unknown_document",
				"Controlled document " + documentNumber + " is not in the register (no version was ever effective)");
	}

	private ControlledDocument requireEffective(String documentNumber, String version) {
		ControlledDocument doc = get(documentNumber, version);
		if (!ControlledDocument.EFFECTIVE.equals(doc.status())) {
			throw new ConflictException("not_effective",
					"Document " + documentNumber + " version " + version + " is " + doc.status() + ", not effective");
		}
		return doc;
	}

	private Instant nextReviewAfter(Instant from) {
		return from.atOffset(ZoneOffset.UTC).plus(settings.periodicReview()).toInstant();
	}

	private static ControlledDocument row(ResultSet rs, int n) throws SQLException {
		return new ControlledDocument(rs.getString("document_number"), rs.getString("version"), rs.getString("title"),
				rs.getString("status"), rs.getString("author_id"), rs.getString("process_instance_id"),
				instant(rs.getTimestamp("effective_at")), rs.getString("change_summary"),
				rs.getString("file_document_id"), rs.getString("file_name"), rs.getString("file_sha256"),
				instant(rs.getTimestamp("effective_until")), instant(rs.getTimestamp("next_review_at")),
				rs.getString("status_reason"));
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
