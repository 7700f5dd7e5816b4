package org.gxpbridge.reports.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.gxpbridge.reports.ReportRequest;
import org.gxpbridge.reports.Reports;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reports index ({@code /reports}) and any report as a sortable, filterable table
 * with CSV and JSON export links ({@code /reports/{id}}); each view is recorded in the
 * audit trail. The dossier of one record is the dossier module's
 * {@code /reports/process-instances/{id}}.
 */
@Controller
@ReportAccess
class ReportPages {

	static final int PAGE_LIMIT = 500;

	private final Reports reports;

	ReportPages(Reports reports) {
		this.reports = reports;
	}

	@GetMapping("/reports")
	String index(Authentication auth, Model model) {
		model.addAttribute("reports", reports.readableBy(auth.getName()));
		return "reports";
	}

	@GetMapping("/reports/{reportId:[a-z0-9-]+}")
	String report(@PathVariable String reportId, @RequestParam Map<String, String> params, Authentication auth,
			Model model) {
		ReportRequest request = ReportsApi.request(auth.getName(), params);
		model.addAttribute("table", reports.view(reportId, request, PAGE_LIMIT));
		model.addAttribute("filters", request.filters());
		model.addAttribute("sort", request.sort());
		model.addAttribute("limit", PAGE_LIMIT);
		model.addAttribute("filterQuery", query(request.filters()));
		model.addAttribute("exportQuery",
				query(request.filters()) + (request.sort() == null ? "" : "&sort=" + encode(request.sort())));
		return "report";
	}

	/** The filters as {@code &key=value...}, encoded, to append to a link. */
	private static String query(Map<String, String> filters) {
		StringBuilder q = new StringBuilder();
		filters.forEach((k, v) -> q.append('&').append(encode(k)).append('=').append(encode(v)));
		return q.toString();
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
