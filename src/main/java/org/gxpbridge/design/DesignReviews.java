package org.gxpbridge.design;

import static org.gxpbridge.design.DesignReviewModel.*;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gxpbridge.design.internal.DesignReviewStore;
import org.gxpbridge.design.internal.ReviewAnswers;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.RefusedByRuleException;
import org.gxpbridge.workflow.Workflow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Design reviews (21 CFR 820.30(e)) through {@code DesignReviewProcess}: one open review
 * per item, bound to its process instance in {@code gxp_design_review}; the design team
 * (designers of the item, from its table) submits the inputs; a reviewer who is not a
 * designer records a finding per input and the outcome; approval needs every open gap of
 * the traceability matrix justified; the APPROVED signature covers the review record
 * ({@code DesignReviewRecords}) and release marks review and item APPROVED.
 */
@Service
public class DesignReviews {

	private final DesignReviewStore store;

	private final DesignItems items;

	private final Workflow workflow;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DesignReviews(DesignReviewStore store, DesignItems items, Workflow workflow, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.items = items;
		this.workflow = workflow;
		this.events = events;
		this.clock = clock;
	}

	/** Starts DesignReviewProcess for the item as the user (business key optional). */
	@Transactional
	public DesignReview start(String itemId, String businessKey, String userId) {
		items.get(itemId);
		refuseSecondReview(itemId);
		Map<String, Object> variables = new HashMap<>();
		variables.put(VAR_DESIGN_ITEM_ID, itemId);
		String pi = workflow.start(PROCESS_KEY, businessKey, variables, userId).processInstanceId();
		return store.forProcessInstance(pi).orElseThrow();
	}

	/**
	 * The start of an instance (also as the umbrella's call activity): the review record
	 * bound to it. An unknown item is invalid input, a second open review a conflict.
	 */
	@Transactional
	public DesignReview open(String itemId, String processInstanceId, String businessKey, String userId) {
		if (itemId == null || itemId.isBlank()) {
			throw new InvalidInputException("missing_design_item", VAR_DESIGN_ITEM_ID + " is required");
		}
		DesignItem item;
		try {
			item = items.get(itemId.strip());
		}
		catch (NotFoundException e) {
			throw new InvalidInputException("unknown_design_item", VAR_DESIGN_ITEM_ID + ": " + e.getMessage());
		}
		refuseSecondReview(item.id());
		int number = store.nextNumber();
		DesignReview r = new DesignReview("DR-" + number, item.id(), processInstanceId, businessKey, DesignReview.OPEN,
				1, null, null, null, null, Map.of(), Map.of(), userId, clock.instant());
		store.insert(r, number);
		publish(r, "DESIGN_REVIEW_OPENED", userId, "status", null, DesignReview.OPEN, null);
		return r;
	}

	/** The design team's step is theirs: refused to anyone not a designer of the item. */
	public void refuseNonDesigner(String reviewId, String userId) {
		DesignItem item = items.get(get(reviewId).itemId());
		if (!item.isDesigner(userId)) {
			throw new RefusedByRuleException("not_a_designer",
					"Only a designer of " + item.id() + " " + item.designers() + " submits its design inputs");
		}
	}

	/** The design team's submission: a designer, with requirements and a threat model. */
	@Transactional
	public DesignReview inputsSubmitted(String reviewId, String userId, String note) {
		refuseNonDesigner(reviewId, userId);
		DesignReview r = get(reviewId);
		DesignItem item = items.get(r.itemId());
		if (item.requirements().isEmpty() || item.threatModel() == null) {
			throw new RefusedByRuleException("design_inputs_incomplete",
					"Item " + item.id() + " needs at least one requirement and a threat model before it is reviewed");
		}
		if (DesignReview.REWORK.equals(r.status())) {
			store.nextRound(reviewId, r.round() + 1);
			publish(r, "DESIGN_REVIEW_NEXT_ROUND", userId, "round", String.valueOf(r.round()),
					String.valueOf(r.round() + 1), note);
		}
		items.status(item, DesignItem.IN_REVIEW, userId, r.processInstanceId(), note);
		return get(reviewId);
	}

	/**
	 * Independence (820.30(e)): a designer of the item neither reviews nor approves it.
	 */
	public void refuseDesigner(String reviewId, String userId) {
		DesignItem item = items.get(get(reviewId).itemId());
		if (item.isDesigner(userId)) {
			throw new RefusedByRuleException("designer_cannot_review", "'" + userId + "' is a designer of " + item.id()
					+ " and may not review or approve it; someone independent must take this task");
		}
	}

	/**
	 * The reviewer's record: a finding per design input, the outcome, and for approval a
	 * justification of every open gap of the traceability matrix.
	 */
	@Transactional
	public DesignReview review(String reviewId, String outcome, Map<String, String> findings, String gapJustifications,
			String userId) {
		refuseDesigner(reviewId, userId);
		DesignReview r = get(reviewId);
		String o = ReviewAnswers.outcome(outcome);
		Map<String, String> f = ReviewAnswers.findings(findings);
		TraceMatrix matrix = items.trace(r.itemId());
		Map<String, String> justified = ReviewAnswers.justifications(gapJustifications,
				matrix.gaps().stream().map(TraceMatrix.Gap::key).collect(Collectors.toSet()));
		if (OUTCOME_APPROVE.equals(o)) {
			List<String> open = matrix.gaps()
				.stream()
				.map(TraceMatrix.Gap::key)
				.filter(k -> !justified.containsKey(k))
				.toList();
			if (!open.isEmpty()) {
				throw new RefusedByRuleException("unjustified_trace_gaps",
						"The traceability matrix of " + r.itemId() + " has open gaps without a justification: " + open
								+ "; justify each (one line '<gap>: <why>') or send the design to rework");
			}
		}
		String status = OUTCOME_APPROVE.equals(o) ? DesignReview.REVIEWED : DesignReview.REWORK;
		store.reviewed(reviewId, status, o, userId, clock.instant(), f, justified, r.round());
		publish(r, OUTCOME_APPROVE.equals(o) ? "DESIGN_REVIEWED" : "DESIGN_REVIEW_REWORK", userId, "status", r.status(),
				status, f.toString() + (justified.isEmpty() ? "" : " gaps justified " + justified));
		if (!OUTCOME_APPROVE.equals(o)) {
			items.status(items.get(r.itemId()), DesignItem.REWORK, userId, r.processInstanceId(), f.toString());
		}
		return get(reviewId);
	}

	/** Release after the APPROVED signature: review and item APPROVED. */
	@Transactional
	public DesignReview approved(String reviewId) {
		DesignReview r = get(reviewId);
		if (!DesignReview.REVIEWED.equals(r.status())) {
			throw new ConflictException("design_review_not_reviewed", "Review " + reviewId + " is " + r.status());
		}
		store.approved(reviewId, clock.instant());
		publish(r, "DESIGN_REVIEW_APPROVED", null, "status", r.status(), DesignReview.APPROVED,
				"approved (signed) and released");
		items.status(items.get(r.itemId()), DesignItem.APPROVED, null, r.processInstanceId(), "review " + reviewId);
		return get(reviewId);
	}

	/** A review whose instance was cancelled: CANCELLED, its item back to DRAFT. */
	@Transactional
	public void cancelled(String reviewId, String actorId, String reason) {
		DesignReview r = get(reviewId);
		if (DesignReview.APPROVED.equals(r.status()) || DesignReview.CANCELLED.equals(r.status())) {
			return;
		}
		store.cancelled(reviewId);
		publish(r, "DESIGN_REVIEW_CANCELLED", actorId, "status", r.status(), DesignReview.CANCELLED, reason);
		DesignItem item = items.get(r.itemId());
		if (!DesignItem.DRAFT.equals(item.status())) {
			items.status(item, DesignItem.DRAFT, actorId, r.processInstanceId(), reason);
		}
	}

	public DesignReview get(String id) {
		return store.find(id)
			.orElseThrow(
					() -> new NotFoundException("design_review_not_found", "There is no design review '" + id + "'"));
	}

	public List<DesignReview> ofItem(String itemId) {
		return store.ofItem(itemId);
	}

	private void refuseSecondReview(String itemId) {
		store.ofItem(itemId)
			.stream()
			.filter(x -> !DesignReview.APPROVED.equals(x.status()) && !DesignReview.CANCELLED.equals(x.status()))
			.findFirst()
			.ifPresent(x -> {
				throw new ConflictException("design_review_open",
						"Item " + itemId + " already has the open review " + x.id());
			});
	}

	private void publish(DesignReview r, String action, String actorId, String field, String oldValue, String newValue,
			String reason) {
		events.publishEvent(new DesignRecordChanged(DesignRecordChanged.REVIEW, r.id(), r.processInstanceId(), action,
				actorId, field, oldValue, newValue, reason));
	}

}
