package org.gxpbridge.controls.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.gxpbridge.controls.ControlledDocument;
import org.gxpbridge.controls.ControlledDocuments;
import org.gxpbridge.security.Access;
import org.gxpbridge.shared.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register of controlled documents, readable by every role including inspectors:
 * every version, the versions of one document, and which version was effective on a date.
 */
@RestController
@Access.AnyRole
class ControlledDocumentsApi {

	private final ControlledDocuments documents;

	ControlledDocumentsApi(ControlledDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/api/controlled-documents")
	List<ControlledDocument> all() {
		return documents.all();
	}

	@GetMapping("/api/controlled-documents/{documentNumber}/versions")
	List<ControlledDocument> versions(@PathVariable String documentNumber) {
		return documents.versions(documentNumber);
	}

	/**
	 * The versions effective at {@code on}: an instant ({@code 2026-11-29T10:00:00Z}) or
	 * a date (the end of that day, UTC).
	 */
	@GetMapping("/api/controlled-documents/effective")
	List<ControlledDocument> effectiveOn(@RequestParam String on) {
		return documents.effectiveOn(instant(on));
	}

	static Instant instant(String on) {
		try {
			return on.contains("T") ? Instant.parse(on)
					: LocalDate.parse(on).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
		}
		catch (RuntimeException e) {
			throw new InvalidInputException("invalid_date",
					"'" + on + "' is neither a date (2026-11-29) nor an instant (2026-11-29T10:00:00Z)");
		}
	}

}
