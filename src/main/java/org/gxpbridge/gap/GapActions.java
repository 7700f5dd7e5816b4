package org.gxpbridge.gap;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.gxpbridge.gap.internal.ActionStore;
import org.gxpbridge.gap.internal.GapStore;
import org.gxpbridge.gap.process.OpenSteps;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.NotPermittedException;
import org.gxpbridge.shared.ReasonRequiredException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan of gap reports and the tracked actions it becomes. CAPA and change
 * control pick an OPEN action up by its id ({@link #open()}, {@link #find(String)}) and
 * close it with {@link #markDone}. Every change publishes {@link GapActionChanged}.
 */
@Service
public class GapActions {

	private final ActionStore store;

	private final GapStore assessments;

	private final OpenSteps steps;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	GapActions(ActionStore store, GapStore assessments, OpenSteps steps, Accounts accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.assessments = assessments;
		this.steps = steps;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** Every tracked action not yet done, earliest due first. */
	public List<GapAction> open() {
		return store.withStatus(ActionStatus.OPEN);
	}

	/** An action by id, whatever its status. */
	public Optional<GapAction> find(String id) {
		return store.find(id);
	}

	/** The plan of one assessment version. */
	public List<GapAction> ofAssessment(String assessmentId, int version) {
		return store.ofAssessment(assessmentId, version);
	}

	/**
	 * Closes a tracked action; the reason (what was done, e.g. the CAPA or change record
	 * that did it) is required.
	 */
	@Transactional
	public GapAction markDone(String id, String userId, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new ReasonRequiredException("Marking a gap action done needs a reason (what closed it)");
		}
		GapAction a = require(id);
		if (a.status() != ActionStatus.OPEN) {
			throw new ConflictException("action_not_open", "Action " + id + " is " + a.status() + ", not OPEN");
		}
		GapAction done = with(a, ActionStatus.DONE, userId, reason.trim());
		store.update(done);
		publish("GAP_ACTION_STATUS", done, "status", a.status().name(), done.status().name(), userId, reason.trim());
		return done;
	}

	/**
	 * The process proposes an action for a PARTIAL or GAP row that has none in this
	 * version; the due date is today plus the decision's days.
	 */
	@Transactional
	public Optional<GapAction> propose(String assessmentId, int version, String frameworkId, String requirementId,
			String priority, int dueWithinDays, String description) {
		boolean exists = store.ofAssessment(assessmentId, version)
			.stream()
			.anyMatch(x -> x.frameworkId().equals(frameworkId) && x.requirementId().equals(requirementId)
					&& x.status() != ActionStatus.WITHDRAWN);
		if (exists) {
			return Optional.empty();
		}
		GapAction a = new GapAction("GA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT),
				assessmentId, version, frameworkId, requirementId, priority, description, null,
				today().plusDays(dueWithinDays), ActionStatus.PROPOSED, clock.instant(), null, null, null);
		store.insert(a);
		publish("GAP_ACTION_PROPOSED", a, "plan", null, priority + " | " + description + " | due " + a.dueDate(), null,
				null);
		return Optional.of(a);
	}

	/**
	 * Withdraws proposed or declined actions whose requirement is no longer PARTIAL or
	 * GAP in this version.
	 */
	@Transactional
	public void withdrawExcept(String assessmentId, int version, Set<String> stillNeeded) {
		for (GapAction a : store.ofAssessment(assessmentId, version)) {
			boolean planned = a.status() == ActionStatus.PROPOSED || a.status() == ActionStatus.DECLINED;
			if (planned && !stillNeeded.contains(a.frameworkId() + "/" + a.requirementId())) {
				GapAction withdrawn = with(a, ActionStatus.WITHDRAWN, null, null);
				store.update(withdrawn);
				publish("GAP_ACTION_STATUS", withdrawn, "status", a.status().name(), "WITHDRAWN", null,
						"its requirement no longer needs an action");
			}
		}
	}

	/**
	 * The planner's word on a proposed action, while the plan step is open and theirs:
	 * owner (an account) and a due date not in the past, or declined with a reason.
	 */
	@Transactional
	public GapAction plan(String actionId, ActionPlanEntry entry, String userId) {
		GapAction a = require(actionId);
		var assessment = assessments.assessment(a.assessmentId(), a.assessmentVersion()).orElseThrow();
		if (assessment.status() != AssessmentStatus.IN_ASSESSMENT
				|| (a.status() != ActionStatus.PROPOSED && a.status() != ActionStatus.DECLINED)) {
			throw new ConflictException("plan_closed", "Action " + actionId + " is " + a.status()
					+ " in an assessment that is " + assessment.status() + ": the plan cannot change");
		}
		if (!steps.mayPlan(assessment.processInstanceId(), userId)) {
			throw new NotPermittedException("not_the_planner",
					"Only who may work the open 'Plan actions' step changes the plan");
		}
		String description = entry.description() == null ? "" : entry.description().trim();
		if (description.isEmpty()) {
			throw new InvalidInputException("description_required",
					entry.declined() ? "Say why no action is needed" : "Describe the action");
		}
		String owner = entry.ownerId() == null || entry.ownerId().isBlank() ? null
				: Accounts.normalize(entry.ownerId());
		if (owner != null && accounts.find(owner).isEmpty()) {
			throw new InvalidInputException("unknown_owner", "There is no account '" + owner + "' to own the action");
		}
		if (entry.dueDate() != null && entry.dueDate().isBefore(today())) {
			throw new InvalidInputException("due_date_in_past", "The due date " + entry.dueDate() + " is in the past");
		}
		GapAction planned = new GapAction(a.id(), a.assessmentId(), a.assessmentVersion(), a.frameworkId(),
				a.requirementId(), a.priority(), description, owner, entry.dueDate(),
				entry.declined() ? ActionStatus.DECLINED : ActionStatus.PROPOSED, a.createdAt(), null, null, null);
		store.update(planned);
		publish("GAP_ACTION_PLANNED", planned, "plan", describe(a), describe(planned), userId, null);
		return planned;
	}

	/** The proposed actions still lacking an owner or a due date. */
	public List<GapAction> incomplete(String assessmentId, int version) {
		return store.ofAssessment(assessmentId, version)
			.stream()
			.filter(a -> a.status() == ActionStatus.PROPOSED && (a.ownerId() == null || a.dueDate() == null))
			.toList();
	}

	/** Approval: every proposed action of the version becomes tracked (OPEN). */
	void track(String assessmentId, int version, String processInstanceId) {
		for (GapAction a : store.ofAssessment(assessmentId, version)) {
			if (a.status() == ActionStatus.PROPOSED) {
				GapAction open = with(a, ActionStatus.OPEN, null, null);
				store.update(open);
				publish("GAP_ACTION_STATUS", open, "status", "PROPOSED", "OPEN", null, "gap report approved");
			}
		}
	}

	private GapAction require(String id) {
		return store.find(id)
			.orElseThrow(() -> new NotFoundException("action_not_found", "There is no gap action " + id));
	}

	private GapAction with(GapAction a, ActionStatus status, String closedBy, String reason) {
		boolean closing = status == ActionStatus.DONE;
		return new GapAction(a.id(), a.assessmentId(), a.assessmentVersion(), a.frameworkId(), a.requirementId(),
				a.priority(), a.description(), a.ownerId(), a.dueDate(), status, a.createdAt(),
				closing ? closedBy : null, closing ? clock.instant() : null, closing ? reason : null);
	}

	private void publish(String action, GapAction a, String field, String oldValue, String newValue, String actor,
			String reason) {
		String pi = assessments.assessment(a.assessmentId(), a.assessmentVersion())
			.map(GapAssessment::processInstanceId)
			.orElse(null);
		events.publishEvent(new GapActionChanged(action, a.id(), field, oldValue, newValue, actor, reason, pi));
	}

	private static String describe(GapAction a) {
		return a.status() + " | " + a.description() + " | owner " + a.ownerId() + " | due " + a.dueDate();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneOffset.UTC));
	}

}
