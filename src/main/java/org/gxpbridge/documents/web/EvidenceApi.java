package org.gxpbridge.documents.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.documents.Evidence;
import org.gxpbridge.security.Access;
import org.gxpbridge.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Documents as evidence of process instances and tasks (a gap, a CAPA, an audit finding).
 */
@RestController
@Access.AnyRole
class EvidenceApi {

	private final Documents documents;

	EvidenceApi(Documents documents) {
		this.documents = documents;
	}

	record AttachRequest(@NotBlank String processInstanceId, String taskId) {
	}

	@Access.ContentWriter
	@PostMapping("/api/documents/{id}/attachments")
	ResponseEntity<Evidence> attach(@PathVariable String id, @Valid @RequestBody AttachRequest request) {
		ContentRoles.require("attach evidence");
		Evidence evidence = documents.attach(id, request.processInstanceId(), request.taskId(),
				CurrentUser.idOrSystem());
		return ResponseEntity
			.created(URI.create("/api/process-instances/" + request.processInstanceId() + "/documents"))
			.body(evidence);
	}

	@GetMapping("/api/documents/{id}/attachments")
	List<Evidence> attachments(@PathVariable String id) {
		return documents.attachmentsOf(id);
	}

	@GetMapping("/api/process-instances/{processInstanceId}/documents")
	List<Evidence> evidence(@PathVariable String processInstanceId) {
		return documents.evidenceOf(processInstanceId);
	}

}
