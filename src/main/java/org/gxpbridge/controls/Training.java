package org.gxpbridge.controls;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gxpbridge.security.Account;
import org.gxpbridge.security.AccountStatus;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.Role;
import org.gxpbridge.workflow.TaskModel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training records (ISO 13485 6.2, 21 CFR 820.25, 11.10(i)): one per person and document
 * version, assigned by TrainingProcess when the version becomes effective and
 * acknowledged by that person's own signed read-and-understood. A person is current on a
 * document when they acknowledged its effective version. The training matrix and the
 * training gate of task steps read the same records.
 */
@Service
public class Training {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Accounts accounts;

	private final ControlledDocuments register;

	private final TrainingCurriculum curriculum;

	private final ControlsSettings settings;

	Training(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events, Accounts accounts,
			ControlledDocuments register, TrainingCurriculum curriculum, ControlsSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.accounts = accounts;
		this.register = register;
		this.curriculum = curriculum;
		this.settings = settings;
	}

	/** A person's training on one document version. */
	public record TrainingRecord(String userId, String documentNumber, String version, String processInstanceId,
			Instant assignedAt, Instant dueAt, Instant acknowledgedAt) {
	}

	/**
	 * Assigns the effective version to every active person whose roles' curriculum
	 * requires it and who has no record for it yet, due after
	 * {@code gxp.controls.training-due} from {@code now} (the engine's time); returns
	 * their user ids. Refuses a version that is not in the register (404 naming it).
	 */
	@Transactional
	public List<String> assign(String documentNumber, String version, String processInstanceId, Instant now) {
		register.get(documentNumber, version);
		Instant due = now.atOffset(ZoneOffset.UTC).plus(settings.trainingDue()).toInstant();
		List<String> trainees = new ArrayList<>();
		for (String userId : peopleRequiring(documentNumber)) {
			if (find(userId, documentNumber, version).isPresent()) {
				continue;
			}
			jdbc.update(
					"insert into gxp_training_record (user_id, document_number, version, process_instance_id, "
							+ "assigned_at, due_at) values (?, ?, ?, ?, ?, ?)",
					userId, documentNumber, version, processInstanceId, Timestamp.from(now), Timestamp.from(due));
			events.publishEvent(
					new TrainingRecorded(userId, documentNumber, version, "ASSIGNED", due, processInstanceId));
			trainees.add(userId);
		}
		return trainees;
	}

	/** The person signed their read-and-understood of this version. */
	@Transactional
	public void acknowledge(String userId, String documentNumber, String version) {
		TrainingRecord record = find(userId, documentNumber, version).orElseThrow(() -> new IllegalStateException(
				"No training of " + userId + " on " + documentNumber + " version " + version + " was assigned"));
		jdbc.update("update gxp_training_record set acknowledged_at = ? where user_id = ? and document_number = ? "
				+ "and version = ?", Timestamp.from(clock.instant()), userId, documentNumber, version);
		events.publishEvent(new TrainingRecorded(userId, documentNumber, version, "ACKNOWLEDGED", null,
				record.processInstanceId()));
	}

	/**
	 * People x documents: every active person whose roles' curriculum names a document
	 * with an effective version, and their status on that version.
	 */
	public List<TrainingStatus> matrix() {
		Instant now = clock.instant();
		List<TrainingStatus> rows = new ArrayList<>();
		Set<String> documents = new LinkedHashSet<>(
				curriculum.entries().stream().map(CurriculumEntry::documentNumber).toList());
		for (String number : documents) {
			register.current(number)
				.ifPresent(doc -> peopleRequiring(number).forEach(userId -> rows.add(new TrainingStatus(userId, number,
						doc.version(), status(find(userId, number, doc.version()), now)))));
		}
		rows.sort((a, b) -> (a.userId() + "/" + a.documentNumber()).compareTo(b.userId() + "/" + b.documentNumber()));
		return rows;
	}

	/**
	 * What the person lacks of the named training: per document without an effective
	 * version, or whose effective version they have not acknowledged, one line.
	 */
	public List<String> missing(String userId, Collection<String> documentNumbers) {
		List<String> missing = new ArrayList<>();
		for (String number : documentNumbers) {
			Optional<ControlledDocument> current = register.current(number);
			if (current.isEmpty()) {
				missing.add(number + ": no effective version, so nobody is trained on it");
				continue;
			}
			String version = current.get().version();
			Optional<TrainingRecord> record = find(userId, number, version);
			if (record.isEmpty() || record.get().acknowledgedAt() == null) {
				missing.add(number + " version " + version + ": read-and-understood not signed"
						+ record.map(r -> " (assigned, due " + r.dueAt() + ")").orElse(" (not assigned)"));
			}
		}
		return missing;
	}

	public Optional<TrainingRecord> find(String userId, String documentNumber, String version) {
		return jdbc
			.query("select * from gxp_training_record where user_id = ? and document_number = ? and version = ?",
					(rs, n) -> new TrainingRecord(rs.getString("user_id"), rs.getString("document_number"),
							rs.getString("version"), rs.getString("process_instance_id"),
							rs.getTimestamp("assigned_at").toInstant(), rs.getTimestamp("due_at").toInstant(),
							rs.getTimestamp("acknowledged_at") == null ? null
									: rs.getTimestamp("acknowledged_at").toInstant()),
					userId, documentNumber, version)
			.stream()
			.findFirst();
	}

	/** The document version a TrainingProcess instance trains on, from this table. */
	public Optional<Map<String, Object>> versionTrainedBy(String processInstanceId) {
		return jdbc
			.queryForList(
					"select distinct document_number, version from gxp_training_record where process_instance_id = ?",
					processInstanceId)
			.stream()
			.findFirst();
	}

	private List<String> peopleRequiring(String documentNumber) {
		Set<Role> roles = curriculum.rolesRequiring(documentNumber);
		return accounts.all()
			.stream()
			.filter(a -> a.status() == AccountStatus.ACTIVE)
			.filter(a -> a.roles().stream().noneMatch(TaskModel.NEVER_ELIGIBLE::contains))
			.filter(a -> a.roles().stream().anyMatch(roles::contains))
			.map(Account::userId)
			.sorted()
			.toList();
	}

	private static String status(Optional<TrainingRecord> record, Instant now) {
		if (record.isPresent() && record.get().acknowledgedAt() != null) {
			return TrainingStatus.CURRENT;
		}
		// not yet assigned: its TrainingProcess is about to assign it
		return record.isEmpty() || record.get().dueAt().isAfter(now) ? TrainingStatus.DUE : TrainingStatus.OVERDUE;
	}

}
