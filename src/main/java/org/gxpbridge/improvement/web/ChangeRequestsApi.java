package org.gxpbridge.improvement.web;

import java.net.URI;
import java.util.List;

import org.gxpbridge.improvement.ChangeRequest;
import org.gxpbridge.improvement.ChangeRequests;
import org.gxpbridge.improvement.NewChangeRequest;
import org.gxpbridge.security.Access;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Change requests over HTTP: every role reads them (auditors and inspectors included); a
 * request starts ChangeControlProcess, which only PROCESS_OWNER, QUALITY_MANAGER and
 * IT_SECURITY may start (the engine's candidate starter groups: 403 for others). The
 * later steps happen in the inbox tasks.
 */
@RestController
@RequestMapping("/api/changes")
@Access.AnyRole
class ChangeRequestsApi {

	private final ChangeRequests requests;

	ChangeRequestsApi(ChangeRequests requests) {
		this.requests = requests;
	}

	/** The request; {@code programmeId} is the business key the umbrella uses. */
	record Request(String kind, String title, String description, String reason, List<String> riskIds,
			List<String> documentNumbers, String approvedSha256, String programmeId) {
	}

	@GetMapping
	List<ChangeRequest> all() {
		return requests.all();
	}

	@GetMapping("/{id}")
	ChangeRequest one(@PathVariable String id) {
		return requests.get(id);
	}

	@Access.ContentWriter
	@PostMapping
	ResponseEntity<ChangeRequest> request(@RequestBody Request r, Authentication auth) {
		ChangeRequest c = requests.start(new NewChangeRequest(r.kind(), r.title(), r.description(), r.reason(),
				r.riskIds(), r.documentNumbers(), r.approvedSha256()), r.programmeId(), auth.getName());
		return ResponseEntity.created(URI.create("/api/changes/" + c.id())).body(c);
	}

}
