package org.gxpbridge.monitoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.monitoring.internal.AuditTrailReviewStore;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.NotPermittedException;
import org.gxpbridge.shared.RefusedByRuleException;
import org.gxpbridge.workflow.UnknownProcessException;
import org.gxpbridge.workflow.Workflow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Periodic review of the audit trail (EU Annex 11 §9, CHK-25): per record type, the
 * ledger entries since the previous review of that type (its high-water mark) up to the
 * newest entry when the review opens. The reviewer may not review their own actions: a
 * review whose entries include actions of theirs is refused to them (another quality
 * manager takes it). Findings raise a deviation: a {@code CapaProcess} when one is
 * deployed, else the finding is recorded for follow-up. Every change publishes
 * {@link AuditTrailReviewChanged}.
 */
@Service
public class AuditTrailReviews {

	/** Their own logins are no action a reviewer could hide in a review. */
	static final String OWN_LOGIN = "LOGIN_SUCCEEDED";

	private static final int PAGE = 5000;

	private final AuditTrailReviewStore store;

	private final AuditLedger ledger;

	private final Workflow workflow;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AuditTrailReviews(AuditTrailReviewStore store, AuditLedger ledger, Workflow workflow, Clock clock,
			ApplicationEventPublisher events) {
		this.store = store;
		this.ledger = ledger;
		this.workflow = workflow;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Opens the review of one record type for a process instance: from the type's
	 * high-water mark to the newest ledger entry (a review that finds nothing leaves the
	 * mark where it was), or from where an abandoned review of the type began (its
	 * instance ended unsigned: its entries were never reviewed). Reviews of one type are
	 * opened one at a time (a row lock held to the end of the transaction), so that their
	 * ranges follow each other without overlap whichever node opens them (an abandoned
	 * range covered again aside).
	 */
	@Transactional
	public AuditTrailReview open(String processInstanceId, ReviewedRecordType type) {
		store.lockRecordType(type);
		long from = store.highWaterMark(type);
		// a review whose instance ended before anyone signed it (cancelled, deleted)
		// reviewed nothing: this one covers its entries again, from where it began
		for (AuditTrailReview r : store.openWithEntries(type)) {
			if (!workflow.isRunning(r.processInstanceId())) {
				store.abandoned(r.reviewId());
				events.publishEvent(new AuditTrailReviewChanged(r.reviewId(), r.processInstanceId(),
						"AUDIT_TRAIL_REVIEW_ABANDONED", null, "status", AuditTrailReview.OPEN,
						AuditTrailReview.ABANDONED + ": its process instance ended unsigned; the next review of " + type
								+ " covers its entries"));
				from = Math.min(from, r.fromSeq());
			}
		}
		long newest = Math.max(from, ledger.latestSeq());
		int count = entries(type, from, newest, Integer.MAX_VALUE).size();
		// with nothing to review the mark stays where it is: an entry of this type whose
		// transaction took its seq below the newest one but had not committed yet
		// (identity values are handed out before commit) then falls into the next review,
		// not into an empty range that no one reviews
		long to = count == 0 ? from : newest;
		AuditTrailReview review = new AuditTrailReview(
				"ATR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), processInstanceId, type, from, to,
				count, count == 0 ? AuditTrailReview.NOTHING_NEW : AuditTrailReview.OPEN, clock.instant(), null, null,
				null, null, null, null, null);
		store.insert(review);
		events.publishEvent(new AuditTrailReviewChanged(review.reviewId(), processInstanceId,
				"AUDIT_TRAIL_REVIEW_OPENED", null, type.name(), null,
				count == 0 ? "nothing after entry " + from : "entries " + (from + 1) + ".." + to + " (" + count + ")"));
		return review;
	}

	/** The entries a review covers, oldest first, at most {@code limit}. */
	public List<AuditEntry> entries(String reviewId, int limit) {
		AuditTrailReview r = get(reviewId);
		return entries(r.recordType(), r.fromSeq(), r.toSeq(), limit);
	}

	/**
	 * Refuses a reviewer who is the actor of an entry under review (their own logins
	 * aside).
	 */
	public void refuseSelfReview(String reviewId, String reviewerId) {
		String id = Accounts.normalize(reviewerId);
		List<Long> own = entries(reviewId, Integer.MAX_VALUE).stream()
			.filter(e -> id.equals(e.actorId()) && !OWN_LOGIN.equals(e.action()))
			.map(AuditEntry::seq)
			.toList();
		if (!own.isEmpty()) {
			throw new RefusedByRuleException("own_actions_under_review",
					"'" + id + "' may not review " + reviewId + ": " + own.size()
							+ " of its entries are their own actions" + " (e.g. #"
							+ own.subList(0, Math.min(5, own.size())) + "); another reviewer must take it");
		}
	}

	/**
	 * Records the outcome of a review as its reviewer completes it: NO_FINDINGS, or
	 * FINDINGS with a description and the ids (seq) of the entries concerned, each within
	 * the review.
	 */
	@Transactional
	public AuditTrailReview recordOutcome(String reviewId, String reviewerId, String outcome, String findings,
			String findingEntries) {
		AuditTrailReview r = get(reviewId);
		if (!AuditTrailReview.OPEN.equals(r.status())) {
			throw new ConflictException("review_closed", reviewId + " is already " + r.status());
		}
		refuseSelfReview(reviewId, reviewerId);
		List<Long> ids = FindingEntries.parse(findingEntries);
		if (AuditTrailReviewModel.OUTCOME_FINDINGS.equals(outcome)) {
			if (findings == null || findings.isBlank()) {
				throw new InvalidInputException("findings_required", "Describe the findings of " + reviewId);
			}
			List<Long> outside = ids.stream().filter(s -> s <= r.fromSeq() || s > r.toSeq()).toList();
			if (!outside.isEmpty()) {
				throw new InvalidInputException("entry_not_under_review", "Entries " + outside + " are not part of "
						+ reviewId + " (" + (r.fromSeq() + 1) + ".." + r.toSeq() + ")");
			}
		}
		else if (!AuditTrailReviewModel.OUTCOME_NO_FINDINGS.equals(outcome)) {
			throw new InvalidInputException("unknown_outcome", "Outcome is NO_FINDINGS or FINDINGS, not " + outcome);
		}
		String entries = ids.isEmpty() ? null : FindingEntries.format(ids);
		store.reviewed(reviewId, Accounts.normalize(reviewerId), clock.instant(), outcome,
				findings == null || findings.isBlank() ? null : findings.trim(), entries);
		events.publishEvent(new AuditTrailReviewChanged(reviewId, r.processInstanceId(), "AUDIT_TRAIL_REVIEWED",
				Accounts.normalize(reviewerId), "outcome", null, outcome + (entries == null ? "" : " " + entries)));
		return get(reviewId);
	}

	/**
	 * Raises the findings of a review as a deviation: starts {@code CapaProcess} as the
	 * reviewer when it is deployed and they may start it; otherwise records the finding
	 * for follow-up with the reason.
	 */
	@Transactional
	public AuditTrailReview raiseDeviation(String reviewId) {
		AuditTrailReview r = get(reviewId);
		if (!AuditTrailReviewModel.OUTCOME_FINDINGS.equals(r.outcome())) {
			throw new ConflictException("no_findings", reviewId + " has no findings to raise");
		}
		// a data-integrity finding starts as MAJOR; the CAPA's investigation may revise
		// it
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(CapaModel.VAR_SOURCE, CapaSource.DEVIATION.name());
		variables.put(CapaModel.VAR_SOURCE_REFERENCE, reviewId);
		variables.put(CapaModel.VAR_TITLE, "Audit-trail review " + reviewId + " (" + r.recordType() + ") finding");
		variables.put(CapaModel.VAR_DESCRIPTION,
				r.findings() + (r.findingEntries() == null ? "" : "\nLedger entries: " + r.findingEntries()));
		variables.put(CapaModel.VAR_SEVERITY, Severity.MAJOR.name());
		variables.put(CapaModel.VAR_RECURRENCE, false);
		variables.put(CapaModel.VAR_PATIENT_SAFETY, false);
		String ref = null;
		String followUp;
		try {
			ref = workflow.start(CapaModel.PROCESS_KEY, reviewId, variables, r.reviewedBy()).processInstanceId();
			followUp = "CapaProcess started";
		}
		catch (UnknownProcessException e) {
			followUp = "Recorded for follow-up: no CapaProcess is deployed";
		}
		catch (NotPermittedException e) {
			followUp = "Recorded for follow-up: " + e.getMessage();
		}
		store.deviation(reviewId, ref, followUp);
		events.publishEvent(new AuditTrailReviewChanged(reviewId, r.processInstanceId(), "AUDIT_TRAIL_DEVIATION", null,
				"deviation", null, ref == null ? followUp : ref));
		return get(reviewId);
	}

	public AuditTrailReview get(String reviewId) {
		return store.find(reviewId)
			.orElseThrow(() -> new NotFoundException("audit_trail_review_not_found",
					"No audit-trail review '" + reviewId + "'"));
	}

	/** Reviews newest first. */
	public List<AuditTrailReview> all() {
		return store.all();
	}

	private List<AuditEntry> entries(ReviewedRecordType type, long from, long to, int limit) {
		List<AuditEntry> result = new ArrayList<>();
		long after = from;
		while (after < to && result.size() < limit) {
			List<AuditEntry> page = ledger.entriesBetween(after, to, PAGE);
			if (page.isEmpty()) {
				break;
			}
			page.stream().filter(e -> ReviewedRecordType.of(e) == type).forEach(result::add);
			after = page.get(page.size() - 1).seq();
		}
		return result.size() > limit ? result.subList(0, limit) : result;
	}

}
