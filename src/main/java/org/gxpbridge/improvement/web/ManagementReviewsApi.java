package org.gxpbridge.improvement.web;

import java.util.List;

import org.gxpbridge.improvement.ManagementReview;
import org.gxpbridge.improvement.ManagementReviews;
import org.gxpbridge.signature.SignatureView;
import org.gxpbridge.signature.Signatures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Management reviews over HTTP, read-only: top management, quality, auditors and
 * inspectors read the pack, the minutes, the actions and the signature state. The work
 * happens in the process's inbox tasks.
 */
@RestController
@RequestMapping("/api/management-reviews")
@PreAuthorize(ManagementReviewsApi.READERS)
class ManagementReviewsApi {

	static final String READERS = "hasAnyRole('QUALITY_MANAGER','APPROVER','AUDITOR','INSPECTOR')";

	private final ManagementReviews reviews;

	private final Signatures signatures;

	ManagementReviewsApi(ManagementReviews reviews, Signatures signatures) {
		this.reviews = reviews;
		this.signatures = signatures;
	}

	/** A review with the signatures over it, each checked against the record now. */
	record ReviewWithSignatures(ManagementReview review, List<SignatureView> signatures) {
	}

	@GetMapping
	List<ManagementReview> all() {
		return reviews.all();
	}

	@GetMapping("/{id}")
	ReviewWithSignatures one(@PathVariable String id) {
		ManagementReview review = reviews.get(id);
		return new ReviewWithSignatures(review, signatures.forProcessInstance(review.processInstanceId()));
	}

}
