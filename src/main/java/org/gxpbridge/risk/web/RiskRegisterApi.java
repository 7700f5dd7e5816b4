package org.gxpbridge.risk.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.gxpbridge.risk.Risk;
import org.gxpbridge.risk.RiskInput;
import org.gxpbridge.risk.RiskRegister;
import org.gxpbridge.risk.RiskRegisterView;
import org.gxpbridge.risk.RiskSnapshot;
import org.gxpbridge.security.Access;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.Sha256;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The risk register over HTTP: read by every role, risks written by the roles that work
 * on records (a released register also needs {@code X-GxP-Reason}); invalid input is a
 * 400 whose message names the field.
 */
@RestController
@RequestMapping("/api/risks/registers")
class RiskRegisterApi {

	private final RiskRegister register;

	RiskRegisterApi(RiskRegister register) {
		this.register = register;
	}

	/** The register a RiskAssessmentProcess instance works on: {@code {id}}. */
	@GetMapping
	@Access.AnyRole
	Map<String, String> byProcessInstance(@RequestParam String processInstanceId) {
		return register.registerOf(processInstanceId)
			.map(id -> Map.of("id", id))
			.orElseThrow(() -> new NotFoundException("risk_register_not_found",
					"No risk register for process instance " + processInstanceId));
	}

	@GetMapping("/{id}")
	@Access.AnyRole
	RiskRegisterView get(@PathVariable String id) {
		return register.find(id);
	}

	@PostMapping("/{id}/risks")
	@Access.ContentWriter
	ResponseEntity<Risk> add(@PathVariable String id, @RequestBody(required = false) RiskInput input,
			Authentication auth) {
		return ResponseEntity.status(HttpStatus.CREATED).body(register.addRisk(id, input, auth.getName()));
	}

	@PutMapping("/{id}/risks/{riskId}")
	@Access.ContentWriter
	Risk update(@PathVariable String id, @PathVariable String riskId, @RequestBody(required = false) RiskInput input,
			Authentication auth) {
		return register.updateRisk(id, riskId, input, auth.getName());
	}

	@GetMapping("/{id}/snapshots")
	@Access.AnyRole
	List<RiskSnapshot> snapshots(@PathVariable String id) {
		return register.snapshots(id);
	}

	@GetMapping("/{id}/snapshots/{snapshotId}")
	@Access.AnyRole
	RiskSnapshot snapshot(@PathVariable String id, @PathVariable String snapshotId) {
		return register.snapshot(id, snapshotId);
	}

	/**
	 * CSV or JSON with the heat map counts; recorded in the audit trail with its SHA-256.
	 */
	@GetMapping("/{id}/export")
	@Access.AnyRole
	ResponseEntity<byte[]> export(@PathVariable String id, @RequestParam(defaultValue = "json") String format,
			Authentication auth) {
		RiskRegisterView r = register.find(id);
		String body = switch (format) {
			case "csv" -> RiskExport.csv(r);
			case "json" -> RiskExport.json(r);
			default -> throw new InvalidInputException("unknown_export_format", "format: csv or json, was " + format);
		};
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		register.recordExport(r, format, Sha256.hex(bytes), auth.getName());
		MediaType type = "csv".equals(format) ? new MediaType("text", "csv", StandardCharsets.UTF_8)
				: MediaType.APPLICATION_JSON;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + r.id() + "-v" + r.version() + "." + format + "\"")
			.body(bytes);
	}

}
