package org.gxpbridge.improvement;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gxpbridge.improvement.internal.ManagementReviewPackGatherer;
import org.gxpbridge.improvement.internal.ManagementReviewStore;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.Sha256;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Management reviews (issue 13 item 1, {@code ManagementReviewProcess}, 21 CFR 820.20 /
 * ISO 13485 5.6): the meeting pack gathered from the other lifecycle steps into a stored
 * snapshot, the minutes with a conclusion per input, decisions and tracked actions, the
 * APPROVED signature by top management, and each action until done. Every change
 * publishes {@link ManagementReviewChanged}. "Since" is the approval of the previous
 * review, or {@code gxp.improvement.management-review.first-period} before now for the
 * first one.
 */
@Service
public class ManagementReviews {

	private final ManagementReviewStore store;

	private final ManagementReviewPackGatherer gatherer;

	private final ManagementReviewActionCheck actionCheck;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Period firstPeriod;

	ManagementReviews(ManagementReviewStore store, ManagementReviewPackGatherer gatherer,
			ManagementReviewActionCheck actionCheck, ApplicationEventPublisher events, Clock clock,
			@Value("${gxp.improvement.management-review.first-period:P12M}") String firstPeriod) {
		this.store = store;
		this.gatherer = gatherer;
		this.actionCheck = actionCheck;
		this.events = events;
		this.clock = clock;
		this.firstPeriod = Period.parse(firstPeriod);
	}

	/**
	 * Opens the review of a process instance with its meeting pack gathered now, bound to
	 * the instance. {@code userId} null is the server (a call from the umbrella).
	 */
	@Transactional
	public ManagementReview open(String processInstanceId, String businessKey, String userId) {
		Instant now = clock.instant();
		Instant since = store.lastApprovedAt()
			.orElseGet(() -> now.atZone(ZoneOffset.UTC).minus(firstPeriod).toInstant());
		String json = ManagementReviewStore.packJson(gatherer.gather(since));
		String sha = Sha256.hex(json);
		int number = store.nextNumber();
		String id = "MR-" + number;
		String by = userId == null ? "system" : userId;
		store.insert(id, number, businessKey, since, json, sha, by, now, processInstanceId);
		publish(id, processInstanceId, "MANAGEMENT_REVIEW_PACK_GATHERED", userId, "pack", null,
				"since " + since + ", sha256 " + sha, null);
		return get(id);
	}

	/**
	 * The minutes: at least one attendee, a conclusion on every input of the pack,
	 * decisions, and actions each with a description, an owner with an active account and
	 * a due date not in the past. Refusals are {@link InvalidInputException}s naming what
	 * is missing; nothing is stored then.
	 */
	@Transactional
	public ManagementReview recordMinutes(String reviewId, ManagementReviewMinutes minutes, String userId) {
		ManagementReview review = get(reviewId);
		if (!ManagementReview.PACK_GATHERED.equals(review.status())) {
			throw new ConflictException("management_review_minutes_recorded",
					"The minutes of " + reviewId + " are already recorded (" + review.status() + ")");
		}
		List<String> attendees = minutes.attendees().stream().map(String::trim).filter(a -> !a.isEmpty()).toList();
		if (attendees.isEmpty()) {
			throw new InvalidInputException("attendees_required", "Name who attended management review " + reviewId);
		}
		Map<String, String> conclusions = new LinkedHashMap<>();
		for (ManagementReviewInput input : review.pack()) {
			String text = minutes.conclusions().get(input.key());
			if (text == null || text.isBlank()) {
				throw new InvalidInputException("conclusion_required",
						"The minutes need a conclusion on the input '" + input.title() + "' (" + input.key() + ")");
			}
			conclusions.put(input.key(), text.trim());
		}
		if (minutes.decisions() == null || minutes.decisions().isBlank()) {
			throw new InvalidInputException("decisions_required",
					"The minutes of " + reviewId + " need the review's decisions");
		}
		limit("attendees", String.join("\n", attendees), 2000);
		limit("decisions", minutes.decisions(), 4000);
		conclusions.forEach((key, text) -> limit("conclusion on " + key, text, 2000));
		List<ManagementReviewAction> actions = actionCheck.parse(reviewId, minutes.actions());
		store.minutes(reviewId, String.join("\n", attendees), minutes.decisions().trim(), minutes.restartLifecycle(),
				userId, clock.instant(), conclusions, actions);
		publish(reviewId, review.processInstanceId(), "MANAGEMENT_REVIEW_MINUTES_RECORDED", userId, "status",
				review.status(), ManagementReview.MINUTES_RECORDED,
				actions.size() + " action(s)" + (minutes.restartLifecycle() ? ", lifecycle restarts at step 1" : ""));
		return get(reviewId);
	}

	/** Release after the APPROVED signature. */
	@Transactional
	public ManagementReview approve(String reviewId) {
		ManagementReview review = get(reviewId);
		if (!ManagementReview.MINUTES_RECORDED.equals(review.status())) {
			throw new ConflictException("management_review_not_minuted",
					"Review " + reviewId + " is " + review.status());
		}
		store.approved(reviewId, clock.instant());
		publish(reviewId, review.processInstanceId(), "MANAGEMENT_REVIEW_APPROVED", null, "status", review.status(),
				ManagementReview.APPROVED, "minutes approved (signed) and released");
		return get(reviewId);
	}

	/** The owner (or a quality manager) reports an action done, with what was done. */
	@Transactional
	public ManagementReviewAction completeAction(String actionId, String outcome, String userId) {
		ManagementReviewAction action = action(actionId);
		if (!ManagementReviewAction.OPEN.equals(action.status())) {
			throw new ConflictException("management_review_action_done", "Action " + actionId + " is already done");
		}
		if (outcome == null || outcome.isBlank()) {
			throw new InvalidInputException("action_outcome_required",
					"Say what was done for action " + actionId + " and where the evidence is");
		}
		store.actionDone(actionId, outcome.trim(), userId, clock.instant());
		ManagementReview review = get(action.reviewId());
		publish(review.id(), review.processInstanceId(), "MANAGEMENT_REVIEW_ACTION_DONE", userId, "action " + actionId,
				ManagementReviewAction.OPEN, ManagementReviewAction.DONE, outcome.trim());
		return action(actionId);
	}

	public ManagementReview get(String id) {
		return store.find(id)
			.orElseThrow(() -> new NotFoundException("management_review_not_found",
					"There is no management review '" + id + "'"));
	}

	public ManagementReviewAction action(String actionId) {
		return store.action(actionId)
			.orElseThrow(() -> new NotFoundException("management_review_action_not_found",
					"There is no management review action '" + actionId + "'"));
	}

	public Optional<ManagementReview> forProcessInstance(String processInstanceId) {
		return store.forProcessInstance(processInstanceId);
	}

	/** Every review, newest first. */
	public List<ManagementReview> all() {
		return store.all();
	}

	private static void limit(String field, String text, int max) {
		if (text.length() > max) {
			throw new InvalidInputException("minutes_too_long",
					"The " + field + " of the minutes has " + text.length() + " characters, at most " + max);
		}
	}

	private void publish(String id, String pi, String action, String actorId, String field, String oldValue,
			String newValue, String reason) {
		events.publishEvent(new ManagementReviewChanged(id, pi, action, actorId, field, oldValue, newValue, reason));
	}

}
