package org.gxpbridge.reports.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.gxpbridge.reports.ExportFormat;
import org.gxpbridge.reports.PreparedExport;
import org.gxpbridge.reports.ReportProvider;
import org.gxpbridge.reports.ReportRequest;
import org.gxpbridge.reports.Reports;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reports over HTTP (issue 15 public contract): the list a user may read, the audit
 * trail at {@code /api/reports/audit-trail?from=&to=&user=&type=&action=&sort=&format=}
 * and every other report at {@code /api/reports/{id}}, streamed as CSV or JSON (an
 * unknown format is a 400 naming the formats), each export recorded with the SHA-256 of
 * its bytes. Filters are the report's column keys ({@code f.key=text} or plainly
 * {@code key=text}).
 */
@RestController
@RequestMapping("/api/reports")
@ReportAccess
class ReportsApi {

	private final Reports reports;

	ReportsApi(Reports reports) {
		this.reports = reports;
	}

	@GetMapping
	List<Map<String, Object>> list(Authentication auth) {
		return reports.readableBy(auth.getName()).stream().map(ReportsApi::describe).toList();
	}

	@GetMapping("/audit-trail")
	void auditTrail(@RequestParam Map<String, String> params, Authentication auth, HttpServletResponse response)
			throws IOException {
		export("audit-trail", params, auth, response);
	}

	@GetMapping("/{reportId:[a-z0-9-]+}")
	void report(@PathVariable String reportId, @RequestParam Map<String, String> params, Authentication auth,
			HttpServletResponse response) throws IOException {
		export(reportId, params, auth, response);
	}

	private void export(String reportId, Map<String, String> params, Authentication auth, HttpServletResponse response)
			throws IOException {
		ExportFormat format = ExportFormat.parse(params.getOrDefault("format", "json"));
		PreparedExport export = reports.prepare(reportId, request(auth.getName(), params), format);
		response.setContentType(format.mediaType());
		response.setHeader("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"");
		export.writeTo(response.getOutputStream());
	}

	static ReportRequest request(String userId, Map<String, String> params) {
		Map<String, String> filters = new LinkedHashMap<>();
		params.forEach((k, v) -> {
			if (v != null && !v.isBlank() && !k.equals("format") && !k.equals("sort") && !k.equals("_csrf")) {
				filters.put(k.startsWith("f.") ? k.substring(2) : k, v.trim());
			}
		});
		String sort = params.get("sort");
		return new ReportRequest(userId, filters, sort == null || sort.isBlank() ? null : sort.trim());
	}

	static Map<String, Object> describe(ReportProvider p) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", p.id());
		body.put("title", p.title());
		body.put("description", p.description());
		body.put("columns", p.columns());
		body.put("page", "/reports/" + p.id());
		body.put("api", "/api/reports/" + p.id());
		return body;
	}

}
