package org.gxpbridge.dossier.web;

import java.io.IOException;

import org.gxpbridge.dossier.Dossiers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /reports/process-instances/{id}}: the dossier in the browser, with the executed
 * path drawn on the diagram ({@code /app/process-path.js}) and the export links. The view
 * is recorded in the audit trail like an export.
 */
@Controller
@PreAuthorize(DossierApi.READERS)
class DossierPages {

	private final Dossiers dossiers;

	DossierPages(Dossiers dossiers) {
		this.dossiers = dossiers;
	}

	@GetMapping("/reports/process-instances/{id}")
	String dossier(@PathVariable String id, Authentication auth, Model model) throws IOException {
		model.addAttribute("record", dossiers.record(id));
		model.addAttribute("body", dossiers.view(id, auth.getName()));
		return "dossier";
	}

	/**
	 * The diagram for the page's script: the same XML as the API's, reached with the
	 * page's session (the API takes HTTP Basic only).
	 */
	@GetMapping(value = "/reports/process-instances/{id}/diagram", produces = "application/xml")
	@ResponseBody
	String diagram(@PathVariable String id) {
		return dossiers.diagram(id);
	}

}
