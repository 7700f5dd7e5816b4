package org.gxpbridge.monitoring.web;

import java.util.List;

import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.monitoring.AuditTrailReview;
import org.gxpbridge.monitoring.AuditTrailReviews;
import org.gxpbridge.security.Access;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Audit-trail reviews for those who read the whole audit trail: the list, and one review
 * with every ledger entry it covers (page and JSON), so the reviewer reads what they
 * sign.
 */
@Controller
@Access.AuditReader
class AuditTrailReviewPages {

	/** A review page lists at most this many entries. */
	static final int MAX_ENTRIES = 10_000;

	private final AuditTrailReviews reviews;

	AuditTrailReviewPages(AuditTrailReviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/monitoring/audit-trail-reviews")
	String list(Model model) {
		model.addAttribute("reviews", reviews.all());
		return "audit-trail-reviews";
	}

	@GetMapping("/monitoring/audit-trail-reviews/{reviewId}")
	String one(@PathVariable String reviewId, Model model) {
		model.addAttribute("reviews", reviews.all());
		model.addAttribute("review", reviews.get(reviewId));
		model.addAttribute("entries", reviews.entries(reviewId, MAX_ENTRIES));
		return "audit-trail-reviews";
	}

	@GetMapping("/api/audit-trail-reviews")
	@ResponseBody
	List<AuditTrailReview> all() {
		return reviews.all();
	}

	@GetMapping("/api/audit-trail-reviews/{reviewId}/entries")
	@ResponseBody
	List<AuditEntry> entries(@PathVariable String reviewId) {
		return reviews.entries(reviewId, MAX_ENTRIES);
	}

}
