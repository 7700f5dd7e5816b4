package org.gxpbridge.controls;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gxpbridge.security.Role;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.workflow.ProcessStarted;
import org.gxpbridge.workflow.TaskModel;
import org.gxpbridge.workflow.Workflow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training curriculum: which roles must be trained on which controlled documents (ISO
 * 13485 6.2). Quality managers edit it; each change is audited with its reason. Adding a
 * document whose version is effective assigns that training at once.
 */
@Service
public class TrainingCurriculum {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ControlledDocuments register;

	private final Workflow workflow;

	TrainingCurriculum(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events, ControlledDocuments register,
			Workflow workflow) {
		this.workflow = workflow;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.register = register;
	}

	public List<CurriculumEntry> entries() {
		return jdbc.query("select * from gxp_training_curriculum order by role_name, document_number",
				(rs, n) -> new CurriculumEntry(rs.getString("role_name"), rs.getString("document_number"),
						rs.getString("added_by"), rs.getTimestamp("added_at").toInstant()));
	}

	/** The roles whose curriculum names the document. */
	public Set<Role> rolesRequiring(String documentNumber) {
		return Set.copyOf(jdbc.queryForList("select role_name from gxp_training_curriculum where document_number = ?",
				String.class, documentNumber)
			.stream()
			.map(Role::valueOf)
			.toList());
	}

	/**
	 * Adds a document to a role's curriculum; refuses an unknown document (404 naming
	 * it), a role that works no task (administrators, inspectors) and a duplicate.
	 */
	@Transactional
	public CurriculumEntry add(Role role, String documentNumber, String actorId, String reason) {
		requireReason(reason);
		if (role == null || TaskModel.NEVER_ELIGIBLE.contains(role)) {
			throw new InvalidInputException("role_not_trainable",
					"Role " + role + " works no task, so it has no training curriculum");
		}
		if (documentNumber == null || !register.isKnown(documentNumber.trim())) {
			throw ControlledDocuments.unknown(documentNumber);
		}
		String number = documentNumber.trim();
		if (rolesRequiring(number).contains(role)) {
			throw new ConflictException("already_in_curriculum",
					"Document " + number + " is already in the curriculum of " + role);
		}
		jdbc.update("insert into gxp_training_curriculum (role_name, document_number, added_by, added_at) "
				+ "values (?, ?, ?, ?)", role.name(), number, actorId, Timestamp.from(clock.instant()));
		events.publishEvent(new CurriculumChanged(role.name(), number, true, actorId, reason));
		if (register.current(number).isPresent()) {
			assignCurrentVersion(number, actorId);
		}
		return entries().stream()
			.filter(e -> e.role().equals(role.name()) && e.documentNumber().equals(number))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Removes a document from a role's curriculum; 404 naming it when it is not there.
	 */
	@Transactional
	public void remove(Role role, String documentNumber, String actorId, String reason) {
		requireReason(reason);
		int removed = jdbc.update("delete from gxp_training_curriculum where role_name = ? and document_number = ?",
				role.name(), documentNumber);
		if (removed == 0) {
			throw new NotFoundException("not_in_curriculum",
					"Document " + documentNumber + " is not in the curriculum of " + role);
		}
		events.publishEvent(new CurriculumChanged(role.name(), documentNumber, false, actorId, reason));
	}

	/**
	 * Starts TrainingProcess for the effective version of a document as the acting
	 * quality manager: everyone its curriculum names who is not yet trained on that
	 * version gets their own task. Refuses an unknown document (404 naming it) and one
	 * without an effective version (409).
	 */
	@Transactional
	public ProcessStarted assignCurrentVersion(String documentNumber, String actorId) {
		if (documentNumber == null || !register.isKnown(documentNumber.trim())) {
			throw ControlledDocuments.unknown(documentNumber);
		}
		ControlledDocument doc = register.current(documentNumber.trim())
			.orElseThrow(() -> new ConflictException("not_effective", "Controlled document " + documentNumber
					+ " has no effective version (superseded or retired versions are not trained on)"));
		return workflow.start(TrainingModel.PROCESS_KEY, doc.documentNumber() + "/" + doc.version(),
				Map.of(TrainingModel.VAR_DOCUMENT_NUMBER, doc.documentNumber(), TrainingModel.VAR_VERSION,
						doc.version(), TrainingModel.VAR_TITLE, doc.title()),
				actorId);
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason_required", "A change to the curriculum needs a reason");
		}
	}

}
