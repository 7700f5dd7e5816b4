package org.gxpbridge.controls.web;

import java.util.List;

import org.gxpbridge.controls.ControlledDocument;
import org.gxpbridge.controls.ControlledDocuments;
import org.gxpbridge.security.Access;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register of effective controlled documents, readable by every role including
 * inspectors.
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

}
