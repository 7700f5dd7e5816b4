package org.gxpbridge.reports.web;

import org.gxpbridge.reports.RecordPage;
import org.gxpbridge.reports.RecordSearch;
import org.gxpbridge.reports.Records;
import org.gxpbridge.reports.internal.ReportTimes;
import org.gxpbridge.security.Access;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/records?q=&process=&status=&from=&to=&page=&size=}: the records the
 * caller started or took part in (all of them for QUALITY_MANAGER, AUDITOR, INSPECTOR),
 * newest first, each with its dossier path.
 */
@RestController
@Access.AnyRole
class RecordsApi {

	private final Records records;

	RecordsApi(Records records) {
		this.records = records;
	}

	@GetMapping("/api/records")
	RecordPage find(@RequestParam(required = false) String q, @RequestParam(required = false) String process,
			@RequestParam(required = false) String status, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Authentication auth) {
		return records.find(search(q, process, status, from, to, page, size), auth.getName());
	}

	static RecordSearch search(String q, String process, String status, String from, String to, int page, int size) {
		return new RecordSearch(q, process, status, ReportTimes.parse("from", from), ReportTimes.parse("to", to), page,
				size);
	}

}
