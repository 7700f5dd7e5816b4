package org.gxpbridge.improvement.web;

import org.gxpbridge.improvement.ManagementReview;
import org.gxpbridge.improvement.ManagementReviews;
import org.gxpbridge.signature.Signatures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Management reviews as meeting records for top management, quality, auditors and
 * inspectors: the list, and one review with its pack, minutes, actions and signatures.
 */
@Controller
@PreAuthorize(ManagementReviewsApi.READERS)
class ManagementReviewPages {

	private final ManagementReviews reviews;

	private final Signatures signatures;

	ManagementReviewPages(ManagementReviews reviews, Signatures signatures) {
		this.reviews = reviews;
		this.signatures = signatures;
	}

	@GetMapping("/improvement/management-reviews")
	String list(Model model) {
		model.addAttribute("reviews", reviews.all());
		return "management-reviews";
	}

	@GetMapping("/improvement/management-reviews/{id}")
	String one(@PathVariable String id, Model model) {
		ManagementReview review = reviews.get(id);
		model.addAttribute("reviews", reviews.all());
		model.addAttribute("review", review);
		model.addAttribute("signatures", signatures.forProcessInstance(review.processInstanceId()));
		return "management-reviews";
	}

}
