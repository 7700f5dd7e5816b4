package org.gxpbridge.monitoring.web;

import java.net.URI;
import java.util.List;

import org.gxpbridge.monitoring.Audit;
import org.gxpbridge.monitoring.AuditArea;
import org.gxpbridge.monitoring.AuditFinding;
import org.gxpbridge.monitoring.AuditProgramme;
import org.gxpbridge.monitoring.AuditWork;
import org.gxpbridge.monitoring.NewAuditArea;
import org.gxpbridge.monitoring.NewFinding;
import org.gxpbridge.monitoring.RiskLevel;
import org.gxpbridge.monitoring.Severity;
import org.gxpbridge.security.Access;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit programme over HTTP: areas, their audits, and the auditor's findings during
 * execution.
 */
@RestController
@Access.AnyRole
class AuditsApi {

	private final AuditProgramme programme;

	private final AuditWork audits;

	AuditsApi(AuditProgramme programme, AuditWork audits) {
		this.programme = programme;
		this.audits = audits;
	}

	record AreaRequest(String name, String ownerId, String riskLevel) {
	}

	record FindingRequest(String severity, String requirementId, String description, List<String> evidenceDocumentIds) {
	}

	@GetMapping("/api/audit-areas")
	List<AuditArea> areas() {
		return programme.areas();
	}

	@Access.ContentWriter
	@PostMapping("/api/audit-areas")
	ResponseEntity<AuditArea> enrol(@RequestBody AreaRequest request, Authentication auth) {
		AuditArea area = programme.enrol(
				new NewAuditArea(request.name(), request.ownerId(), RiskLevel.parse(request.riskLevel())),
				auth.getName());
		return ResponseEntity.created(URI.create("/api/audit-areas/" + area.id() + "/audits")).body(area);
	}

	@GetMapping("/api/audit-areas/{areaId}/audits")
	List<Audit> auditsOf(@PathVariable String areaId) {
		return programme.auditsOf(areaId);
	}

	@GetMapping("/api/audits/{auditId}")
	Audit audit(@PathVariable String auditId) {
		return audits.audit(auditId);
	}

	@Access.ContentWriter
	@PostMapping("/api/audits/{auditId}/findings")
	ResponseEntity<AuditFinding> addFinding(@PathVariable String auditId, @RequestBody FindingRequest request,
			Authentication auth) {
		AuditFinding finding = audits.addFinding(auditId, new NewFinding(Severity.parse(request.severity()),
				request.requirementId(), request.description(), request.evidenceDocumentIds()), auth.getName());
		return ResponseEntity.created(URI.create("/api/audits/" + auditId)).body(finding);
	}

}
