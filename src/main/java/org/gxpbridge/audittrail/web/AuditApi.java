package org.gxpbridge.audittrail.web;

import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.audittrail.AuditQuery;
import org.gxpbridge.audittrail.VerificationReport;
import org.gxpbridge.audittrail.VerificationScope;
import org.gxpbridge.security.Access;
import org.gxpbridge.shared.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for every role, INSPECTOR and AUDITOR included (read-only; DESIGN.md
 * §9, P11-10e, CHK-01/04).
 */
@RestController
@RequestMapping("/api/audit")
@Access.AuditReader
class AuditApi {

	private final AuditLedger ledger;

	AuditApi(AuditLedger ledger) {
		this.ledger = ledger;
	}

	/**
	 * Incremental from the last verified, signed checkpoint by default; {@code full=true}
	 * walks the whole ledger.
	 */
	@GetMapping("/verify")
	Map<String, Object> verify(@RequestParam(defaultValue = "false") boolean full, Principal principal) {
		VerificationReport r = ledger.verify(full ? VerificationScope.FULL : VerificationScope.INCREMENTAL,
				principal == null ? null : principal.getName());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("intact", r.intact());
		body.put("mode", r.mode());
		body.put("from", r.fromPosition());
		body.put("entries", r.entries());
		body.put("firstBrokenEntry", r.firstBrokenEntry());
		body.put("sealedEntries", r.sealedEntries());
		body.put("unsealedEntries", r.unsealedEntries());
		body.put("checkpoints", r.checkpoints());
		body.put("problems", r.problems());
		body.put("millis", r.millis());
		return body;
	}

	@GetMapping("/entries")
	List<AuditEntry> entries(@RequestParam(required = false) String processInstanceId,
			@RequestParam(required = false) String businessKey, @RequestParam(required = false) String user,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "1000") int limit) {
		return ledger
			.entries(new AuditQuery(processInstanceId, businessKey, user, time("from", from), time("to", to), limit));
	}

	@GetMapping("/bundle")
	void bundle(HttpServletResponse response) throws IOException {
		response.setContentType("application/x-ndjson");
		response.setHeader("Content-Disposition", "attachment; filename=\"audit-bundle.jsonl\"");
		ledger.exportBundle(response.getOutputStream());
	}

	/**
	 * ISO-8601 instant ({@code 2026-11-21T10:00:00Z}) or a UTC date ({@code 2026-11-21},
	 * start of that day).
	 */
	private static Instant time(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
					: Instant.parse(value);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("invalid_parameter", "'" + name
					+ "' must be an ISO-8601 UTC time such as 2026-11-21T10:00:00Z or a date such as 2026-11-21");
		}
	}

}
