package org.gxpbridge.design.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.gxpbridge.design.DesignItem;
import org.gxpbridge.design.DesignItem.ThreatModel;
import org.gxpbridge.design.DesignItems;
import org.gxpbridge.design.DesignRequirement;
import org.gxpbridge.design.DesignReview;
import org.gxpbridge.design.DesignReviews;
import org.gxpbridge.design.DesignVerification;
import org.gxpbridge.design.NewDesignItem;
import org.gxpbridge.design.NewVerification;
import org.gxpbridge.security.Access;
import org.gxpbridge.shared.ReasonForChange;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Design items over HTTP: every role reads them; a content writer creates an item; its
 * designers record requirements, verifications and the threat model (multipart
 * {@code file}); who may start DesignReviewProcess starts a review. The review itself
 * happens in the inbox tasks. A change to an approved item needs {@code X-GxP-Reason}.
 */
@RestController
@RequestMapping("/api/design/items")
@Access.AnyRole
class DesignItemsApi {

	private final DesignItems items;

	private final DesignReviews reviews;

	DesignItemsApi(DesignItems items, DesignReviews reviews) {
		this.items = items;
		this.reviews = reviews;
	}

	record RequirementRequest(String id, String text, String type) {
	}

	record ReviewRequest(String businessKey) {
	}

	@GetMapping
	List<DesignItem> all() {
		return items.all();
	}

	@GetMapping("/{id}")
	DesignItem one(@PathVariable String id) {
		return items.get(id);
	}

	@Access.ContentWriter
	@PostMapping
	ResponseEntity<DesignItem> create(@RequestBody NewDesignItem request, Authentication auth) {
		DesignItem item = items.create(request, auth.getName());
		return ResponseEntity.created(URI.create("/api/design/items/" + item.id())).body(item);
	}

	@Access.ContentWriter
	@PostMapping("/{id}/requirements")
	ResponseEntity<DesignRequirement> requirement(@PathVariable String id, @RequestBody RequirementRequest r,
			Authentication auth) {
		DesignRequirement added = items.addRequirement(id, r.id(), r.text(), r.type(), auth.getName(), reason());
		return ResponseEntity.created(URI.create("/api/design/items/" + id)).body(added);
	}

	@Access.ContentWriter
	@PostMapping("/{id}/verifications")
	ResponseEntity<DesignVerification> verification(@PathVariable String id, @RequestBody NewVerification v,
			Authentication auth) {
		DesignVerification added = items.addVerification(id, v, auth.getName(), reason());
		return ResponseEntity.created(URI.create("/api/design/items/" + id)).body(added);
	}

	// no "consumes": a request that is not multipart gets the JSON error of the upload
	// handler
	@Access.ContentWriter
	@PostMapping("/{id}/threat-model")
	ResponseEntity<ThreatModel> threatModel(@PathVariable String id, @RequestPart("file") MultipartFile file,
			Authentication auth) throws IOException {
		ThreatModel t = items.uploadThreatModel(id, file.getOriginalFilename(), file.getBytes(), auth.getName(),
				reason());
		return ResponseEntity.created(URI.create("/api/documents/" + t.documentId())).body(t);
	}

	@GetMapping("/{id}/reviews")
	List<DesignReview> reviews(@PathVariable String id) {
		items.get(id);
		return reviews.ofItem(id);
	}

	@Access.ContentWriter
	@PostMapping("/{id}/reviews")
	ResponseEntity<DesignReview> startReview(@PathVariable String id, @RequestBody(required = false) ReviewRequest r,
			Authentication auth) {
		DesignReview review = reviews.start(id, r == null ? null : r.businessKey(), auth.getName());
		return ResponseEntity.created(URI.create("/api/design/items/" + id + "/reviews")).body(review);
	}

	private static String reason() {
		return ReasonForChange.current().orElse(null);
	}

}
