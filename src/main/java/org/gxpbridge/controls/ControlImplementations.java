package org.gxpbridge.controls;

import static org.gxpbridge.controls.ControlImplementationModel.*;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.gxpbridge.controls.internal.ControlImplementationStore;
import org.gxpbridge.documents.DocumentInfo;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.gap.ActionStatus;
import org.gxpbridge.gap.GapActions;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.NotPermittedException;
import org.gxpbridge.shared.ReasonRequiredException;
import org.gxpbridge.shared.RefusedByRuleException;
import org.gxpbridge.workflow.Workflow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Control implementation records (issue 12 item 3, {@code ControlImplementationProcess}):
 * a control planned against catalogue requirements, implemented with evidence by its
 * owner, verified by someone else, signed and made effective. An effective control that
 * closes a tracked gap action marks that action done ({@link GapActions#markDone}); per
 * requirement, {@link #forRequirement} lists the effective controls for coverage. Every
 * change publishes {@link ControlImplementationChanged} with old and new value and
 * reason.
 */
@Service
public class ControlImplementations {

	private final ControlImplementationStore store;

	private final ControlPlanCheck check;

	private final Documents documents;

	private final GapActions gapActions;

	private final Workflow workflow;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ControlImplementations(ControlImplementationStore store, ControlPlanCheck check, Documents documents,
			GapActions gapActions, Workflow workflow, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.check = check;
		this.documents = documents;
		this.gapActions = gapActions;
		this.workflow = workflow;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Starts {@code ControlImplementationProcess} with this plan as the user; a plan that
	 * does not pass {@link #plan} is refused and nothing is stored.
	 */
	@Transactional
	public ControlImplementation start(NewControlPlan plan, String userId) {
		check.checked(plan);
		Map<String, Object> variables = new HashMap<>();
		variables.put(VAR_TITLE, plan.title());
		variables.put(VAR_CATEGORY, plan.category());
		variables.put(VAR_REQUIREMENTS, String.join(", ", plan.requirements()));
		variables.put(VAR_GAP_ACTION, plan.gapActionId());
		variables.put(VAR_OWNER, plan.ownerId());
		variables.put(VAR_DUE_DATE, Objects.toString(plan.dueDate(), null));
		String pi = workflow.start(PROCESS_KEY, null, variables, userId).processInstanceId();
		return store.forProcessInstance(pi).orElseThrow();
	}

	/**
	 * Records the plan of a process instance (its start): title, a known category, known
	 * catalogue requirements, an existing gap action, an owner with an account, a due
	 * date not in the past. Refusals are {@link InvalidInputException}s naming what is
	 * wrong.
	 */
	@Transactional
	public ControlImplementation plan(NewControlPlan plan, String processInstanceId, String userId) {
		ControlImplementation c = check.checked(plan);
		int number = store.nextNumber();
		ControlImplementation planned = new ControlImplementation("CI-" + number, c.title(), c.category(),
				c.requirements(), c.gapActionId(), c.ownerId(), c.dueDate(), ControlStatus.PLANNED, null, null, null,
				null, null, null, null, null, List.of(), processInstanceId, userId, clock.instant());
		store.insert(planned, number);
		publish(planned, "CONTROL_PLANNED", userId, "plan", null, ControlPlanCheck.describe(planned), null);
		return planned;
	}

	/**
	 * The owner's account of the implementation and the evidence documents, while the
	 * implement step is open and the user may work it. Changing a description already
	 * given needs a reason.
	 */
	@Transactional
	public ControlImplementation recordImplementation(String id, String description, List<String> evidenceDocumentIds,
			String userId, String reason) {
		ControlImplementation c = get(id);
		if (!check.mayImplement(c.processInstanceId(), userId)) {
			throw new NotPermittedException("not_the_implementer", "Only who may work the open step 'Implement control'"
					+ " of " + id + " records its implementation (status " + c.status() + ")");
		}
		String text = description == null ? null : description.trim();
		if (text != null && !text.isEmpty() && !text.equals(c.implementation())) {
			if (c.implementation() != null && (reason == null || reason.isBlank())) {
				throw new ReasonRequiredException(
						"Changing the implementation of " + id + " needs a reason (" + "X-GxP-Reason)");
			}
			store.updateImplementation(id, text);
			publish(c, "CONTROL_IMPLEMENTATION_CHANGED", userId, "implementation", c.implementation(), text, reason);
		}
		for (String documentId : evidenceDocumentIds == null ? List.<String>of() : evidenceDocumentIds) {
			link(c, documentId, userId, reason);
		}
		return get(id);
	}

	/**
	 * Completion of the implement step: the description from the form if given, the
	 * documents attached to the instance as evidence, then at least a description and one
	 * evidence document are required.
	 */
	@Transactional
	public ControlImplementation implemented(String id, String description, String userId) {
		ControlImplementation c = get(id);
		if (description != null && !description.isBlank() && !description.trim().equals(c.implementation())) {
			store.updateImplementation(id, description.trim());
			publish(c, "CONTROL_IMPLEMENTATION_CHANGED", userId, "implementation", c.implementation(),
					description.trim(), null);
		}
		Set<String> linked = ControlPlanCheck.documentIds(c);
		for (var attached : documents.evidenceOf(c.processInstanceId())) {
			if (!linked.contains(attached.documentId())) {
				link(c, attached.documentId(), userId, null);
			}
		}
		c = get(id);
		if (c.implementation() == null || c.evidence().isEmpty()) {
			throw new RefusedByRuleException("implementation_incomplete",
					"Control " + id + " needs a description of its implementation and at least one evidence document");
		}
		store.implemented(id, userId, clock.instant());
		publish(c, "CONTROL_IMPLEMENTED", userId, "status", c.status().name(), ControlStatus.IMPLEMENTED.name(), null);
		return get(id);
	}

	/** Refuses the implementer as verifier (segregation of duties). */
	public void refuseSelfVerification(String id, String userId) {
		ControlImplementation c = get(id);
		if (userId != null && userId.equals(c.implementedBy())) {
			throw new RefusedByRuleException("implementer_cannot_verify", "'" + userId + "' implemented control " + id
					+ " and may not verify it; someone else must take this task");
		}
	}

	/**
	 * The verification: passed makes the record VERIFIED (on to approval), failed
	 * RETURNED to the implementer with the comment, which a failure requires.
	 */
	@Transactional
	public ControlImplementation verify(String id, boolean passed, String comment, String userId) {
		refuseSelfVerification(id, userId);
		ControlImplementation c = get(id);
		String text = comment == null || comment.isBlank() ? null : comment.trim();
		if (!passed && text == null) {
			throw new InvalidInputException("verification_comment_required",
					"Say what failed in the verification of " + id + ": the implementer reworks it from that");
		}
		ControlStatus status = passed ? ControlStatus.VERIFIED : ControlStatus.RETURNED;
		store.verified(id, status, passed ? ControlImplementation.PASSED : ControlImplementation.FAILED, text, userId,
				clock.instant());
		publish(c, passed ? "CONTROL_VERIFIED" : "CONTROL_RETURNED", userId, "status", c.status().name(), status.name(),
				text);
		return get(id);
	}

	/**
	 * Release after the APPROVED signature: EFFECTIVE, and a linked gap action still OPEN
	 * is marked done with this control as the reason.
	 */
	@Transactional
	public ControlImplementation makeEffective(String id) {
		ControlImplementation c = get(id);
		if (c.status() != ControlStatus.VERIFIED) {
			throw new ConflictException("control_not_verified", "Control " + id + " is " + c.status());
		}
		store.effective(id, clock.instant());
		publish(c, "CONTROL_EFFECTIVE", null, "status", c.status().name(), ControlStatus.EFFECTIVE.name(),
				"approved (signed) and released");
		if (c.gapActionId() != null
				&& gapActions.find(c.gapActionId()).filter(a -> a.status() == ActionStatus.OPEN).isPresent()) {
			gapActions.markDone(c.gapActionId(), Accounts.SYSTEM, "Implemented by control " + id + " (effective)");
		}
		return get(id);
	}

	public ControlImplementation get(String id) {
		return store.find(id)
			.orElseThrow(() -> new NotFoundException("control_implementation_not_found",
					"There is no control implementation '" + id + "'"));
	}

	/** Every record, newest first. */
	public List<ControlImplementation> all() {
		return store.all();
	}

	/**
	 * The EFFECTIVE controls that implement a catalogue requirement
	 * ({@code frameworkId/requirementId}), for gap coverage.
	 */
	public List<ControlImplementation> forRequirement(String requirement) {
		return store.forRequirement(RequirementRef.parse(requirement))
			.stream()
			.filter(c -> c.status() == ControlStatus.EFFECTIVE)
			.toList();
	}

	private void link(ControlImplementation c, String documentId, String userId, String reason) {
		if (ControlPlanCheck.documentIds(get(c.id())).contains(documentId)) {
			return;
		}
		DocumentInfo info;
		try {
			info = documents.info(documentId);
		}
		catch (DomainException e) {
			throw new InvalidInputException("unknown_evidence",
					"Evidence document '" + documentId + "': " + e.getMessage());
		}
		store.insertEvidence(c.id(),
				new ControlEvidence(info.id(), info.title(), info.sha256(), userId, clock.instant()));
		publish(c, "CONTROL_EVIDENCE_LINKED", userId, "evidence", null,
				info.id() + " " + info.title() + " sha256 " + info.sha256(), reason);
	}

	private void publish(ControlImplementation c, String action, String actorId, String field, String oldValue,
			String newValue, String reason) {
		events.publishEvent(new ControlImplementationChanged(c.id(), c.processInstanceId(), action, actorId, field,
				oldValue, newValue, reason));
	}

}
