package org.gxpbridge.lifecycle.web;

import java.net.URI;
import java.util.List;

import org.gxpbridge.lifecycle.Programme;
import org.gxpbridge.lifecycle.ProgrammeView;
import org.gxpbridge.lifecycle.Programmes;
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
 * Compliance programmes over HTTP: every role reads them and where each step stands;
 * quality managers start, restart (a regulatory change) and retire them, with a reason.
 * The engine's candidate starters decide a start as well (a second lock).
 */
@RestController
@RequestMapping("/api/programmes")
@Access.AnyRole
class ProgrammesApi {

	private final Programmes programmes;

	ProgrammesApi(Programmes programmes) {
		this.programmes = programmes;
	}

	record StartRequest(String title, String scope, String frameworkIds) {
	}

	record ReasonRequest(String reason) {
	}

	@GetMapping
	List<Programme> all() {
		return programmes.all();
	}

	@GetMapping("/{id}")
	ProgrammeView one(@PathVariable String id) {
		return programmes.view(id);
	}

	@Access.QualityManager
	@PostMapping
	ResponseEntity<Programme> start(@RequestBody StartRequest r, Authentication auth) {
		Programme p = programmes.start(r.title(), r.scope(), r.frameworkIds(), auth.getName());
		return ResponseEntity.created(URI.create("/api/programmes/" + p.id())).body(p);
	}

	@Access.QualityManager
	@PostMapping("/{id}/regulatory-change")
	Programme regulatoryChange(@PathVariable String id, @RequestBody ReasonRequest r, Authentication auth) {
		return programmes.regulatoryChange(id, r.reason(), auth.getName());
	}

	@Access.QualityManager
	@PostMapping("/{id}/retire")
	Programme retire(@PathVariable String id, @RequestBody ReasonRequest r, Authentication auth) {
		return programmes.retire(id, r.reason(), auth.getName());
	}

}
