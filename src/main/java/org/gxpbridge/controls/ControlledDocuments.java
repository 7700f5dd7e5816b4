package org.gxpbridge.controls;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.gxpbridge.shared.ConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of effective controlled documents. A number and version become effective
 * once only.
 */
@Service
public class ControlledDocuments {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ControlledDocuments(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Registers an approved version as effective now; refuses a number and version that
	 * is already effective.
	 */
	@Transactional
	public ControlledDocument makeEffective(String documentNumber, String version, String title, String authorId,
			String processInstanceId) {
		Integer existing = jdbc.queryForObject(
				"select count(*) from gxp_controlled_document where document_number = ? and version = ?", Integer.class,
				documentNumber, version);
		if (existing != null && existing > 0) {
			throw new ConflictException("already_effective",
					"Document " + documentNumber + " version " + version + " is already effective");
		}
		ControlledDocument doc = new ControlledDocument(documentNumber, version, title, "EFFECTIVE", authorId,
				processInstanceId, clock.instant());
		jdbc.update(
				"insert into gxp_controlled_document (document_number, version, title, status, author_id, process_instance_id, effective_at) "
						+ "values (?, ?, ?, ?, ?, ?, ?)",
				doc.documentNumber(), doc.version(), doc.title(), doc.status(), doc.authorId(), doc.processInstanceId(),
				Timestamp.from(doc.effectiveAt()));
		events.publishEvent(new DocumentMadeEffective(doc.documentNumber(), doc.version(), doc.title(), doc.authorId(),
				doc.processInstanceId(), doc.effectiveAt()));
		return doc;
	}

	public List<ControlledDocument> all() {
		return jdbc.query("select * from gxp_controlled_document order by document_number, version",
				(rs, n) -> new ControlledDocument(rs.getString("document_number"), rs.getString("version"),
						rs.getString("title"), rs.getString("status"), rs.getString("author_id"),
						rs.getString("process_instance_id"), rs.getTimestamp("effective_at").toInstant()));
	}

}
