package org.gxpbridge.lifecycle;

import static org.gxpbridge.lifecycle.ComplianceLifecycleModel.*;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.gxpbridge.lifecycle.internal.ProgrammeStore;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.ReasonForChange;
import org.gxpbridge.shared.ReasonRequiredException;
import org.gxpbridge.workflow.Workflow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliance programmes: started by a quality manager, each one instance of
 * {@code ComplianceLifecycleProcess} whose business key is the programme id; restarted at
 * step 1 on a regulatory change (with the reason), retired (with the reason). Every
 * change publishes {@link ProgrammeChanged}.
 */
@Service
public class Programmes {

	private final ProgrammeStore store;

	private final ProgrammeSteps steps;

	private final Workflow workflow;

	private final RuntimeService runtime;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Programmes(ProgrammeStore store, ProgrammeSteps steps, Workflow workflow, RuntimeService runtime,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.steps = steps;
		this.workflow = workflow;
		this.runtime = runtime;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Starts {@code ComplianceLifecycleProcess} as the user (its candidate starters
	 * decide who may); the programme is recorded in the start command, so a refused start
	 * stores nothing.
	 */
	@Transactional
	public Programme start(String title, String scope, String frameworkIds, String userId) {
		return start(new NewProgramme(title, scope, frameworkIds, null), userId);
	}

	/**
	 * Starts a programme with the optional inputs of its first steps: the frameworks step
	 * 2 assesses and the intake document step 1 proposes from.
	 */
	@Transactional
	public Programme start(NewProgramme programme, String userId) {
		String title = programme.title();
		String scope = programme.scope();
		String frameworkIds = programme.frameworkIds();
		Map<String, Object> variables = new HashMap<>();
		variables.put(VAR_TITLE, title);
		variables.put(VAR_SCOPE, scope);
		variables.put(VAR_FRAMEWORK_IDS, frameworkIds == null || frameworkIds.isBlank() ? null : frameworkIds.strip());
		variables.put(VAR_INTAKE_DOCUMENT_ID, programme.intakeDocumentId());
		String pi = workflow.start(PROCESS_KEY, null, variables, userId).processInstanceId();
		return all().stream().filter(p -> p.processInstanceId().equals(pi)).findFirst().orElseThrow();
	}

	/** Records the programme of a starting instance (Task_OpenProgramme). */
	@Transactional
	public Programme open(String title, String scope, String ownerId, String processInstanceId) {
		String t = title == null ? "" : title.strip();
		if (t.isEmpty() || t.length() > 300) {
			throw new InvalidInputException("title_required", "A programme needs a title (at most 300 characters)");
		}
		String s = scope == null || scope.isBlank() ? null : scope.strip();
		if (s != null && s.length() > 2000) {
			throw new InvalidInputException("scope_too_long", "The scope has at most 2000 characters");
		}
		// the applicability register of step 1 is the organisation's one register with
		// one
		// open version at a time: a second running programme would fail at its step 1
		store.all().stream().filter(other -> Programme.RUNNING.equals(other.status())).findFirst().ifPresent(other -> {
			throw new ConflictException("programme_running",
					"Programme " + other.id()
							+ " is running: one programme runs at a time (step 1 reviews the organisation's one "
							+ "applicability register); record a regulatory change on it or retire it");
		});
		int number = store.nextNumber();
		Instant now = clock.instant();
		Programme p = new Programme("PRG-" + number, t, s, ownerId, Programme.RUNNING, 0, processInstanceId, now, now,
				null);
		store.insert(number, p);
		events.publishEvent(
				new ProgrammeChanged(p.id(), processInstanceId, "PROGRAMME_STARTED", ownerId, "title", null, t, null));
		return p;
	}

	/** Opens the next cycle (Task_OpenCycle); returns its number. */
	@Transactional
	public int openCycle(String programmeId) {
		Programme p = get(programmeId);
		Programme next = new Programme(p.id(), p.title(), p.scope(), p.ownerId(), p.status(), p.cycle() + 1,
				p.processInstanceId(), p.startedAt(), clock.instant(), p.statusReason());
		store.update(next);
		events.publishEvent(new ProgrammeChanged(p.id(), p.processInstanceId(), "PROGRAMME_CYCLE_OPENED", null, "cycle",
				Integer.toString(p.cycle()), Integer.toString(next.cycle()), null));
		return next.cycle();
	}

	/**
	 * A regulatory change: the running cycle is interrupted (its step instances the
	 * engine ends with it) and the programme starts again at step 1. The reason is
	 * required.
	 */
	@Transactional
	public Programme regulatoryChange(String programmeId, String reason, String userId) {
		return interrupt(programmeId, reason, userId, MESSAGE_REGULATORY_CHANGE, "PROGRAMME_RESTARTED",
				Programme.RUNNING);
	}

	/** Retires the programme: the umbrella ends; the reason is required. */
	@Transactional
	public Programme retire(String programmeId, String reason, String userId) {
		return interrupt(programmeId, reason, userId, MESSAGE_RETIRED, "PROGRAMME_RETIRED", Programme.RETIRED);
	}

	private Programme interrupt(String programmeId, String reason, String userId, String message, String action,
			String status) {
		if (reason == null || reason.isBlank()) {
			throw new ReasonRequiredException("Say why (the regulatory change, or why the programme ends)");
		}
		Programme p = get(programmeId);
		if (!Programme.RUNNING.equals(p.status())) {
			throw new ConflictException("programme_not_running", "Programme " + programmeId + " is " + p.status());
		}
		Programme changed = new Programme(p.id(), p.title(), p.scope(), p.ownerId(), status, p.cycle(),
				p.processInstanceId(), p.startedAt(), clock.instant(), reason.strip());
		store.update(changed);
		events.publishEvent(new ProgrammeChanged(p.id(), p.processInstanceId(), action, userId, "status", p.status(),
				status, reason.strip()));
		// the engine's command guard asks for the reason of an act outside the diagram
		ReasonForChange.withReason(reason.strip(),
				() -> workflow.runAs(userId,
						() -> runtime.createMessageCorrelation(message)
							.processInstanceId(p.processInstanceId())
							.correlateWithResult()));
		return changed;
	}

	/**
	 * Records a control implementation the programme started in its current cycle (step
	 * 4); the programme row's seal covers it.
	 */
	@Transactional
	public void controlStarted(String programmeId, String implementationId, String processInstanceId) {
		Programme p = get(programmeId);
		store.addControl(p.id(), p.cycle(), implementationId, processInstanceId);
		events.publishEvent(new ProgrammeChanged(p.id(), p.processInstanceId(), "PROGRAMME_CONTROL_STARTED", null,
				"control", null, implementationId, null));
	}

	public Programme get(String programmeId) {
		return store.find(programmeId)
			.orElseThrow(() -> new NotFoundException("unknown_programme", "There is no programme " + programmeId));
	}

	public List<Programme> all() {
		return store.all();
	}

	/** The programme with where each of its six steps stands in the current cycle. */
	public ProgrammeView view(String programmeId) {
		Programme p = get(programmeId);
		return new ProgrammeView(p, steps.of(p));
	}

}
