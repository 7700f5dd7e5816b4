package org.gxpbridge.monitoring.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.gxpbridge.monitoring.CapaAction;
import org.gxpbridge.monitoring.CapaRecord;
import org.gxpbridge.monitoring.CapaSource;
import org.gxpbridge.monitoring.Capas;
import org.gxpbridge.monitoring.NewCapa;
import org.gxpbridge.monitoring.NewCapaAction;
import org.gxpbridge.monitoring.Severity;
import org.gxpbridge.security.Access;
import org.gxpbridge.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CAPA register over HTTP: every role reads it (inspectors included); content roles
 * open CAPAs and add actions while a CAPA is investigated or planned.
 */
@RestController
@RequestMapping("/api/capas")
@Access.AnyRole
class CapasApi {

	private final Capas capas;

	CapasApi(Capas capas) {
		this.capas = capas;
	}

	record OpenRequest(String title, String description, String source, String sourceReference, String severity,
			Boolean recurrence, Boolean patientSafetyImpact) {
	}

	record ActionRequest(String description, String ownerId, String dueDate) {
	}

	@GetMapping
	List<CapaRecord> all() {
		return capas.all();
	}

	@GetMapping("/{capaId}")
	CapaRecord one(@PathVariable String capaId) {
		return capas.get(capaId);
	}

	@Access.ContentWriter
	@PostMapping
	ResponseEntity<CapaRecord> open(@RequestBody OpenRequest request, Authentication auth) {
		CapaRecord capa = capas.open(
				new NewCapa(request.title(), request.description(), CapaSource.parse(request.source()),
						request.sourceReference(), Severity.parse(request.severity()),
						Boolean.TRUE.equals(request.recurrence()), Boolean.TRUE.equals(request.patientSafetyImpact())),
				auth.getName());
		return ResponseEntity.created(URI.create("/api/capas/" + capa.id())).body(capa);
	}

	@Access.ContentWriter
	@PostMapping("/{capaId}/actions")
	ResponseEntity<CapaAction> addAction(@PathVariable String capaId, @RequestBody ActionRequest request,
			Authentication auth) {
		CapaAction action = capas.addAction(capaId,
				new NewCapaAction(request.description(), request.ownerId(), date(request.dueDate())), auth.getName());
		return ResponseEntity.created(URI.create("/api/capas/" + capaId)).body(action);
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
