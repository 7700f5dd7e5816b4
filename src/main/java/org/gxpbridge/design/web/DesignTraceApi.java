package org.gxpbridge.design.web;

import java.nio.charset.StandardCharsets;

import org.gxpbridge.design.DesignItems;
import org.gxpbridge.design.TraceMatrix;
import org.gxpbridge.security.Access;
import org.gxpbridge.shared.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The traceability matrix export ({@code format=csv|json}, default json) for the roles
 * that read it: inspectors, auditors, quality managers and process owners (here and in
 * the URL rules).
 */
@RestController
@Access.AnyRole
class DesignTraceApi {

	static final String TRACE_READERS = "hasAnyRole('INSPECTOR','AUDITOR','QUALITY_MANAGER','PROCESS_OWNER')";

	private final DesignItems items;

	DesignTraceApi(DesignItems items) {
		this.items = items;
	}

	@GetMapping("/api/design/items/{id}/trace")
	@PreAuthorize(TRACE_READERS)
	ResponseEntity<byte[]> trace(@PathVariable String id, @RequestParam(defaultValue = "json") String format) {
		if (!"csv".equals(format) && !"json".equals(format)) {
			throw new InvalidInputException("unknown_trace_format",
					"format '" + format + "' is not one of the export formats: csv, json");
		}
		TraceMatrix matrix = items.trace(id);
		boolean csv = "csv".equals(format);
		byte[] body = (csv ? TraceExport.csv(matrix) : TraceExport.json(matrix)).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + matrix.itemId() + "-trace." + format + "\"")
			.body(body);
	}

}
