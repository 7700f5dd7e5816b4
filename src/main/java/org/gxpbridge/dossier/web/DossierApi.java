package org.gxpbridge.dossier.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.gxpbridge.dossier.DossierFormat;
import org.gxpbridge.dossier.Dossiers;
import org.gxpbridge.dossier.RecordSummary;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/process-instances/{id}?format=html|pdf|csv|json} (public
 * contract; default json) and the BPMN XML of the instance's definition version. The
 * dossier is written straight to the response while it is read; an unknown instance (404)
 * or format (400) fails before the first byte.
 */
@RestController
@PreAuthorize(DossierApi.READERS)
class DossierApi {

	/** Who reads dossiers (here, in the page controller and in the URL rules). */
	static final String READERS = "hasAnyRole('INSPECTOR','AUDITOR','QUALITY_MANAGER')";

	private final Dossiers dossiers;

	DossierApi(Dossiers dossiers) {
		this.dossiers = dossiers;
	}

	@GetMapping("/api/reports/process-instances/{id}")
	void dossier(@PathVariable String id, @RequestParam(defaultValue = "json") String format, Authentication auth,
			HttpServletResponse response) throws IOException {
		DossierFormat f = DossierFormat.parse(format);
		RecordSummary record = dossiers.record(id);
		response.setContentType(f.mediaType());
		String name = "dossier-"
				+ (record.businessKey() == null ? id : record.businessKey()).replaceAll("[^A-Za-z0-9._-]", "_") + "."
				+ f.extension();
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				(f == DossierFormat.HTML ? "inline" : "attachment") + "; filename=\"" + name + "\"");
		dossiers.export(id, f, auth.getName(), response.getOutputStream());
	}

	@GetMapping("/api/reports/process-instances/{id}/diagram")
	void diagram(@PathVariable String id, HttpServletResponse response) throws IOException {
		byte[] xml = dossiers.diagram(id).getBytes(StandardCharsets.UTF_8);
		response.setContentType("application/xml;charset=UTF-8");
		response.setContentLength(xml.length);
		response.getOutputStream().write(xml);
	}

}
