package org.gxpbridge.inspection.web;

import java.net.URI;
import java.util.List;

import org.gxpbridge.inspection.InspectionRequest;
import org.gxpbridge.inspection.InspectionRoom;
import org.gxpbridge.inspection.NewInspectionRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inspection room over HTTP: an inspector files a request
 * ({@code POST /api/inspection/requests} with subject, text, recordRefs) and reads their
 * own; the back room reads all. The back room works the requests in the inbox.
 */
@RestController
@RequestMapping("/api/inspection/requests")
class InspectionApi {

	private final InspectionRoom room;

	InspectionApi(InspectionRoom room) {
		this.room = room;
	}

	@GetMapping
	@InspectionAccess
	List<InspectionRequest> list(Authentication auth) {
		return room.visibleTo(auth.getName());
	}

	@GetMapping("/{id}")
	@InspectionAccess
	InspectionRequest one(@PathVariable String id, Authentication auth) {
		return room.get(id, auth.getName());
	}

	@PostMapping
	@InspectionAccess.Inspector
	ResponseEntity<InspectionRequest> file(@RequestBody NewInspectionRequest body, Authentication auth) {
		InspectionRequest filed = room.file(body, auth.getName());
		return ResponseEntity.created(URI.create("/api/inspection/requests/" + filed.id())).body(filed);
	}

}
