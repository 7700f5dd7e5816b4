package org.gxpbridge.controls;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.gxpbridge.controls.internal.AccessReviewStore;
import org.gxpbridge.security.Account;
import org.gxpbridge.security.AccountStatus;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.Role;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.ReasonForChange;
import org.gxpbridge.shared.RefusedByRuleException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Periodic review of who holds which role (21 CFR 11.300(b), CHK-12). A review lists
 * every (role, member) of the accounts that are not deactivated; each member is confirmed
 * or removed by a reviewer who does not hold that role, removal revokes the role through
 * {@link Accounts}; accounts unused for {@link AccessReviewSettings#unusedDays()} days
 * are deactivated by the server. Every change publishes {@link AccessReviewChanged}.
 */
@Service
public class AccessReviews {

	private final AccessReviewStore store;

	private final Accounts accounts;

	private final AccessReviewSettings settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AccessReviews(AccessReviewStore store, Accounts accounts, AccessReviewSettings settings, Clock clock,
			ApplicationEventPublisher events) {
		this.store = store;
		this.accounts = accounts;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
	}

	/** Opens the review of a process instance with a line per (role, member). */
	@Transactional
	public AccessReview open(String processInstanceId) {
		String id = "AR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		Instant now = clock.instant();
		store.insertReview(id, processInstanceId, settings.unusedDays(), now);
		int lines = 0;
		for (Account a : accounts.all()) {
			if (a.status() == AccountStatus.DEACTIVATED) {
				continue;
			}
			for (Role role : a.roles()) {
				store.insertLine(id, new AccessReviewLine(role.name(), a.userId(), a.fullName(), lastUsed(a), null,
						null, null, null));
				lines++;
			}
		}
		events.publishEvent(new AccessReviewChanged(id, processInstanceId, "ACCESS_REVIEW_OPENED", null, "lines", null,
				String.valueOf(lines), null));
		return get(id);
	}

	/**
	 * Deactivates every active account of the review unused (no login, or never since it
	 * was created) for more than the set number of days; returns their ids.
	 */
	@Transactional
	public List<String> disableUnused(String reviewId) {
		AccessReview review = get(reviewId);
		Instant cutoff = clock.instant().minus(Duration.ofDays(review.unusedDays()));
		List<String> disabled = new ArrayList<>();
		for (String userId : review.lines()
			.stream()
			.filter(l -> l.decision() == null)
			.map(l -> l.userId())
			.distinct()
			.toList()) {
			Account account = accounts.find(userId).orElse(null);
			Instant used = account == null ? null : lastUsed(account);
			if (account == null || account.status() != AccountStatus.ACTIVE || used == null || !used.isBefore(cutoff)) {
				continue;
			}
			String reason = "Not used for more than " + review.unusedDays() + " days (last used " + used
					+ "): deactivated by the server in access review " + reviewId;
			accounts.deactivateUnused(userId, reason);
			for (AccessReviewLine line : review.lines()) {
				if (line.userId().equals(userId)) {
					decide(review, line, AccessReviewLine.DISABLED_UNUSED, Accounts.SYSTEM, reason);
				}
			}
			disabled.add(userId);
		}
		return disabled;
	}

	/**
	 * The roles whose members still wait for a decision, but the quality managers' own
	 * role, which {@link AccessReviewModel#TASK_REVIEW_QUALITY_MANAGERS} reviews.
	 */
	public List<String> rolesToReview(String reviewId) {
		Set<String> open = new LinkedHashSet<>();
		get(reviewId).lines().stream().filter(l -> l.decision() == null).forEach(l -> open.add(l.role()));
		return Arrays.stream(Role.values())
			.map(Role::name)
			.filter(open::contains)
			.filter(r -> !Role.QUALITY_MANAGER.name().equals(r))
			.toList();
	}

	/**
	 * Refuses a reviewer who holds the role under review: no one confirms their own
	 * access.
	 */
	public void refuseSelfReview(String role, String reviewerId) {
		Account reviewer = accounts.get(reviewerId);
		if (reviewer.roles().stream().anyMatch(r -> r.name().equals(role))) {
			throw new RefusedByRuleException("own_access_review", "'" + reviewer.userId() + "' holds the role " + role
					+ " and may not review its members; another reviewer must take this task");
		}
	}

	/**
	 * Records the decisions on a role: the listed members are removed from the role (an
	 * account left without a role is deactivated), with the reason; every other open
	 * member is confirmed.
	 */
	@Transactional
	public AccessReview decide(String reviewId, String role, String reviewerId, Set<String> removed, String reason) {
		refuseSelfReview(role, reviewerId);
		AccessReview review = get(reviewId);
		List<AccessReviewLine> open = review.lines()
			.stream()
			.filter(l -> l.role().equals(role) && l.decision() == null)
			.toList();
		Set<String> unknown = new LinkedHashSet<>(removed);
		open.forEach(l -> unknown.remove(l.userId()));
		if (!unknown.isEmpty()) {
			throw new InvalidInputException("not_a_member_under_review",
					"Not members of " + role + " under review: " + String.join(", ", unknown));
		}
		if (!removed.isEmpty() && (reason == null || reason.isBlank())) {
			throw new InvalidInputException("removal_reason_required", "Give the reason for removing "
					+ String.join(", ", removed) + " from " + role + " (EU Annex 11 §9)");
		}
		for (AccessReviewLine line : open) {
			if (removed.contains(line.userId())) {
				revoke(line.userId(), Role.valueOf(role), reviewerId, reason.trim());
				decide(review, line, AccessReviewLine.REMOVED, reviewerId, reason.trim());
			}
			else {
				decide(review, line, AccessReviewLine.CONFIRMED, reviewerId, null);
			}
		}
		return get(reviewId);
	}

	private void revoke(String userId, Role role, String reviewerId, String reason) {
		ReasonForChange.withReason(reason, () -> {
			Account account = accounts.get(userId);
			Set<Role> remaining = new LinkedHashSet<>(account.roles());
			remaining.remove(role);
			if (remaining.isEmpty()) {
				accounts.deactivate(userId, reviewerId);
			}
			else {
				accounts.changeRoles(userId, Set.copyOf(remaining), reviewerId);
			}
			return null;
		});
	}

	private void decide(AccessReview review, AccessReviewLine line, String decision, String actorId, String reason) {
		store.decide(review.reviewId(), line.role(), line.userId(), decision, actorId, clock.instant(), reason);
		events.publishEvent(new AccessReviewChanged(review.reviewId(), review.processInstanceId(),
				"ACCESS_REVIEW_" + decision, Accounts.SYSTEM.equals(actorId) ? null : actorId,
				line.role() + ":" + line.userId(), null, decision, reason));
	}

	/** Marks the review approved once its APPROVED signature is in place. */
	@Transactional
	public AccessReview approve(String reviewId) {
		AccessReview review = get(reviewId);
		long open = review.lines().stream().filter(l -> l.decision() == null).count();
		if (open > 0) {
			throw new RefusedByRuleException("access_review_open",
					open + " members of " + reviewId + " wait for a decision");
		}
		store.approve(reviewId, clock.instant());
		events.publishEvent(new AccessReviewChanged(reviewId, review.processInstanceId(), "ACCESS_REVIEW_APPROVED",
				null, "status", review.status(), AccessReview.APPROVED, null));
		return get(reviewId);
	}

	public AccessReview get(String reviewId) {
		return store.find(reviewId)
			.orElseThrow(() -> new NotFoundException("access_review_not_found", "No access review '" + reviewId + "'"));
	}

	/** Reviews newest first, without their lines. */
	public List<AccessReview> all() {
		return store.all();
	}

	/** An account counts as used at its last login, or at its creation before any. */
	static Instant lastUsed(Account a) {
		return a.lastLoginAt() != null ? a.lastLoginAt() : a.createdAt();
	}

}
