package org.gxpbridge.controls.web;

import java.util.List;

import org.gxpbridge.controls.AccessReview;
import org.gxpbridge.controls.AccessReviews;
import org.gxpbridge.security.Access;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Access reviews for the quality unit, auditors, IT security, administrators and
 * inspectors: the list, one review with every line and decision (page and JSON). The
 * decisions themselves are made in the review's inbox tasks.
 */
@Controller
@Access.AuditReader
class AccessReviewPages {

	private final AccessReviews reviews;

	AccessReviewPages(AccessReviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/access-reviews")
	String list(Model model) {
		model.addAttribute("reviews", reviews.all());
		return "access-reviews";
	}

	@GetMapping("/access-reviews/{reviewId}")
	String one(@PathVariable String reviewId, Model model) {
		model.addAttribute("reviews", reviews.all());
		model.addAttribute("review", reviews.get(reviewId));
		return "access-reviews";
	}

	@GetMapping("/api/access-reviews")
	@ResponseBody
	List<AccessReview> all() {
		return reviews.all();
	}

	@GetMapping("/api/access-reviews/{reviewId}")
	@ResponseBody
	AccessReview get(@PathVariable String reviewId) {
		return reviews.get(reviewId);
	}

}
