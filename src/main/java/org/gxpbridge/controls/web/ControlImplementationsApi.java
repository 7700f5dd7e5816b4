package org.gxpbridge.controls.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.gxpbridge.controls.ControlImplementation;
import org.gxpbridge.controls.ControlImplementations;
import org.gxpbridge.controls.NewControlPlan;
import org.gxpbridge.security.Access;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.ReasonForChange;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Control implementation records over HTTP: every role reads them (inspectors included);
 * who may start ControlImplementationProcess plans one; the owner working the open
 * implement step records the implementation and links evidence (a changed description
 * needs {@code X-GxP-Reason}). Verification and approval happen in the inbox tasks.
 */
@RestController
@RequestMapping("/api/controls/implementations")
@Access.AnyRole
class ControlImplementationsApi {

	private final ControlImplementations implementations;

	ControlImplementationsApi(ControlImplementations implementations) {
		this.implementations = implementations;
	}

	record PlanRequest(String title, String category, List<String> requirements, String gapActionId, String ownerId,
			String dueDate) {
	}

	record ImplementationRequest(String description, List<String> evidenceDocumentIds) {
	}

	/** All records, or the effective ones implementing {@code requirement}. */
	@GetMapping
	List<ControlImplementation> all(@RequestParam(required = false) String requirement) {
		return requirement == null ? implementations.all() : implementations.forRequirement(requirement);
	}

	@GetMapping("/{id}")
	ControlImplementation one(@PathVariable String id) {
		return implementations.get(id);
	}

	@Access.ContentWriter
	@PostMapping
	ResponseEntity<ControlImplementation> plan(@RequestBody PlanRequest r, Authentication auth) {
		ControlImplementation c = implementations.start(new NewControlPlan(r.title(), r.category(), r.requirements(),
				r.gapActionId(), r.ownerId(), date(r.dueDate())), auth.getName());
		return ResponseEntity.created(URI.create("/api/controls/implementations/" + c.id())).body(c);
	}

	@Access.ContentWriter
	@PutMapping("/{id}/implementation")
	ControlImplementation implementation(@PathVariable String id, @RequestBody ImplementationRequest r,
			Authentication auth) {
		return implementations.recordImplementation(id, r.description(), r.evidenceDocumentIds(), auth.getName(),
				ReasonForChange.current().orElse(null));
	}

	static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("invalid_due_date", "Due date '" + text + "' is not a date (yyyy-mm-dd)");
		}
	}

}
