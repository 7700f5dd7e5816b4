package org.gxpbridge.monitoring;

import static org.gxpbridge.monitoring.CapaModel.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gxpbridge.monitoring.internal.CapaStore;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.workflow.Workflow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CAPA register (21 CFR 820.100, ISO 13485 8.5.2): opening a CAPA starts CapaProcess,
 * whose steps record the incident response, the investigation, the actions, the
 * effectiveness check and the closure here. Each change publishes {@link CapaChanged};
 * refusals are typed (invalid input, conflict with the CAPA's state) and change nothing.
 */
@Service
public class Capas {

	private final CapaStore store;

	private final CapaActions actions;

	private final MonitoringDecisions decisions;

	private final Workflow workflow;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Capas(CapaStore store, CapaActions actions, MonitoringDecisions decisions, Workflow workflow, Clock clock,
			ApplicationEventPublisher events) {
		this.store = store;
		this.actions = actions;
		this.decisions = decisions;
		this.workflow = workflow;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Opens a CAPA as the user: checks the input, then starts CapaProcess, whose first
	 * step registers it ({@link #register}).
	 */
	@Transactional
	public CapaRecord open(NewCapa capa, String actorId) {
		validate(capa);
		Map<String, Object> variables = new HashMap<>();
		variables.put(VAR_TITLE, capa.title());
		variables.put(VAR_DESCRIPTION, capa.description());
		variables.put(VAR_SOURCE, capa.source().name());
		variables.put(VAR_SOURCE_REFERENCE, capa.sourceReference());
		variables.put(VAR_SEVERITY, capa.severity().name());
		variables.put(VAR_RECURRENCE, capa.recurrence());
		variables.put(VAR_PATIENT_SAFETY, capa.patientSafetyImpact());
		String pi = workflow.start(PROCESS_KEY, null, variables, actorId).processInstanceId();
		return store.forProcessInstance(pi).orElseThrow();
	}

	/**
	 * Registers the CAPA of a CapaProcess instance (its first step): priority and due
	 * date from CapaPriorityDecision.
	 */
	@Transactional
	public CapaRecord register(NewCapa capa, String actorId, String processInstanceId) {
		validate(capa);
		CapaPriority priority = decisions.capaPriority(capa.source(), capa.severity(), capa.recurrence(),
				capa.patientSafetyImpact());
		String id = "CAPA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		CapaStatus status = capa.source() == CapaSource.CYBERSECURITY_INCIDENT ? CapaStatus.INCIDENT_RESPONSE
				: CapaStatus.INVESTIGATION;
		var now = clock.instant();
		CapaRecord record = new CapaRecord(id, capa.title().trim(), capa.description(), capa.source(),
				capa.sourceReference().trim(), capa.severity(), capa.recurrence(), capa.patientSafetyImpact(),
				priority.priority(), LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(priority.dueInDays()), status,
				null, null, null, List.of(), List.of(), processInstanceId, actorId, now, null, null, 1);
		store.insert(record);
		events.publishEvent(new CapaChanged(
				id, "CAPA_OPENED", "status", null, status + "; " + capa.source() + " " + record.sourceReference()
						+ "; priority " + record.priority() + " due " + record.dueDate(),
				actorId, processInstanceId, null));
		return get(id);
	}

	public List<CapaRecord> all() {
		return store.all();
	}

	public CapaRecord get(String capaId) {
		return store.find(capaId)
			.orElseThrow(() -> new NotFoundException("capa_not_found", "No CAPA with id '" + capaId + "'"));
	}

	public CapaAction action(String actionId) {
		return store.action(actionId)
			.orElseThrow(
					() -> new NotFoundException("capa_action_not_found", "No CAPA action with id '" + actionId + "'"));
	}

	/**
	 * Refuses (ConflictException) unless the CAPA may be closed now: awaiting closure, no
	 * action open.
	 */
	public void requireClosable(String capaId) {
		requireNoOpenActions(get(capaId), "closed");
		inStatus(capaId, CapaStatus.CLOSURE);
	}

	/** The CAPA a CapaProcess instance works on, from the register's binding. */
	public Optional<CapaRecord> forProcessInstance(String processInstanceId) {
		return store.forProcessInstance(processInstanceId);
	}

	/**
	 * One phase of a cybersecurity incident's response; after LESSONS_LEARNED the
	 * investigation starts.
	 */
	@Transactional
	public CapaRecord recordIncidentStep(String capaId, IncidentPhase phase, String notes, String actorId) {
		CapaRecord capa = inStatus(capaId, CapaStatus.INCIDENT_RESPONSE);
		if (capa.incidentSteps().stream().anyMatch(s -> s.phase() == phase)) {
			throw new ConflictException("incident_phase_recorded", phase + " is already recorded for " + capaId);
		}
		store.insertIncidentStep(capaId, new IncidentStep(phase,
				required(notes, "incident_notes", "What was done in " + phase), actorId, clock.instant()));
		changed(capa, "CAPA_INCIDENT_" + phase, "incident." + phase, null,
				notes.trim() + " (NIST CSF " + phase.csf() + ")", actorId, null);
		if (phase == IncidentPhase.LESSONS_LEARNED) {
			status(capa, CapaStatus.INVESTIGATION, actorId);
		}
		return get(capaId);
	}

	/** The investigation's root cause; the CAPA moves on to planning its actions. */
	@Transactional
	public CapaRecord recordInvestigation(String capaId, RootCause rootCause, String actorId) {
		CapaRecord capa = inStatus(capaId, CapaStatus.INVESTIGATION);
		RootCauses.check(rootCause);
		store.rootCause(capaId, rootCause);
		changed(capa, "CAPA_ROOT_CAUSE", "rootCause", capa.rootCause() == null ? null : capa.rootCause().statement(),
				rootCause.method() + ": " + rootCause.statement().trim(), actorId, null);
		status(capa, CapaStatus.PLANNING, actorId);
		return get(capaId);
	}

	/**
	 * Adds an action while the CAPA is investigated or planned; a due date in the past is
	 * refused.
	 */
	@Transactional
	public CapaAction addAction(String capaId, NewCapaAction action, String actorId) {
		return actions.add(inStatus(capaId, CapaStatus.INVESTIGATION, CapaStatus.PLANNING), action, actorId);
	}

	/**
	 * Ends planning: one task per open action goes to its owner. Refused without an open
	 * action.
	 */
	@Transactional
	public List<String> releaseActions(String capaId, String actorId) {
		CapaRecord capa = inStatus(capaId, CapaStatus.PLANNING);
		List<String> open = capa.actions().stream().filter(CapaAction::isOpen).map(CapaAction::id).toList();
		if (open.isEmpty()) {
			throw new ConflictException("no_open_actions", "CAPA " + capaId
					+ " has no open action: add at least one action (owner, due date) before ending the planning");
		}
		status(capa, CapaStatus.ACTIONS, actorId);
		return open;
	}

	/**
	 * The owner completes an action with its outcome; after the last one the
	 * effectiveness check is due.
	 */
	@Transactional
	public CapaAction completeAction(String actionId, String outcome, String actorId) {
		CapaAction done = actions.complete(actionId, outcome, actorId);
		CapaRecord capa = get(done.capaId());
		if (capa.status() == CapaStatus.ACTIONS && !capa.hasOpenActions()) {
			status(capa, CapaStatus.EFFECTIVENESS_CHECK, actorId);
		}
		return done;
	}

	/**
	 * The effectiveness check; refused while an action is open. Not effective sends the
	 * CAPA back to planning further actions.
	 */
	@Transactional
	public CapaRecord recordEffectiveness(String capaId, boolean effective, String evidence, String actorId) {
		CapaRecord capa = get(capaId);
		requireNoOpenActions(capa, "checked for effectiveness");
		inStatus(capaId, CapaStatus.EFFECTIVENESS_CHECK);
		String text = required(evidence, "effectiveness_evidence", "Evidence of the effectiveness check");
		store.effectiveness(capaId, effective, text);
		changed(capa, "CAPA_EFFECTIVENESS", "effective", capa.effective() == null ? null : capa.effective().toString(),
				effective + ": " + text, actorId, null);
		status(capa, effective ? CapaStatus.CLOSURE : CapaStatus.PLANNING, actorId);
		return get(capaId);
	}

	/** The closure was not approved: the CAPA is investigated again. */
	@Transactional
	public CapaRecord reopen(String capaId, String reason, String actorId) {
		CapaRecord capa = inStatus(capaId, CapaStatus.CLOSURE);
		String why = required(reason, "reopen_reason", "Why the closure is not approved");
		status(capa, CapaStatus.INVESTIGATION, actorId, why);
		return get(capaId);
	}

	/** Closes the CAPA after its signed approval; refused while an action is open. */
	@Transactional
	public CapaRecord close(String capaId, String actorId) {
		requireClosable(capaId);
		CapaRecord capa = get(capaId);
		store.closed(capaId, actorId, clock.instant());
		changed(capa, "CAPA_CLOSED", "status", capa.status().name(), CapaStatus.CLOSED.name(), actorId, null);
		return get(capaId);
	}

	private void requireNoOpenActions(CapaRecord capa, String what) {
		List<String> open = capa.actions()
			.stream()
			.filter(CapaAction::isOpen)
			.map(a -> "#" + a.number() + " (" + a.ownerId() + ")")
			.toList();
		if (!open.isEmpty()) {
			throw new ConflictException("capa_actions_open",
					"CAPA " + capa.id() + " cannot be " + what + " while actions are open: " + String.join(", ", open));
		}
	}

	private CapaRecord inStatus(String capaId, CapaStatus... allowed) {
		CapaRecord capa = get(capaId);
		if (!List.of(allowed).contains(capa.status())) {
			throw new ConflictException("capa_status",
					"CAPA " + capaId + " is " + capa.status() + "; this needs it to be " + List.of(allowed));
		}
		return capa;
	}

	private void status(CapaRecord capa, CapaStatus next, String actorId) {
		status(capa, next, actorId, null);
	}

	private void status(CapaRecord capa, CapaStatus next, String actorId, String reason) {
		CapaStatus previous = store.find(capa.id()).orElseThrow().status();
		store.status(capa.id(), next);
		changed(capa, "CAPA_STATUS", "status", previous.name(), next.name(), actorId, reason);
	}

	private void changed(CapaRecord capa, String action, String field, String oldValue, String newValue, String actorId,
			String reason) {
		events.publishEvent(new CapaChanged(capa.id(), action, field, oldValue, newValue, actorId,
				capa.processInstanceId(), reason));
	}

	static String required(String text, String code, String label) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("missing_" + code, label + " is required");
		}
		return text.trim();
	}

	private static void validate(NewCapa capa) {
		if (capa == null || capa.source() == null || capa.severity() == null) {
			throw new InvalidInputException("missing_capa_source", "A CAPA needs its source "
					+ List.of(CapaSource.values()) + " and severity " + List.of(Severity.values()));
		}
		required(capa.title(), "capa_title", "Title");
		required(capa.sourceReference(), "capa_source_reference",
				"The id of the source record (" + capa.source() + ")");
	}

}
