package org.gxpbridge.monitoring.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gxpbridge.monitoring.Audit;
import org.gxpbridge.monitoring.AuditArea;
import org.gxpbridge.monitoring.CapaRecord;
import org.gxpbridge.shared.SignableRecord;
import org.gxpbridge.shared.SignableRecords;
import org.springframework.stereotype.Component;

/**
 * What a signature in this module covers, bound through the tables' process instance
 * column: for CapaProcess the CAPA (closure, APPROVED), for InternalAuditProcess the
 * area's current audit report (APPROVED). Status and closure fields are left out: they
 * change because of the signature, so they cannot be part of what it signs.
 */
@Component
class MonitoringRecords implements SignableRecords {

	private final CapaStore capas;

	private final AuditStore audits;

	MonitoringRecords(CapaStore capas, AuditStore audits) {
		this.capas = capas;
		this.audits = audits;
	}

	@Override
	public Optional<SignableRecord> forProcessInstance(String processInstanceId) {
		Optional<SignableRecord> capa = capas.forProcessInstance(processInstanceId).map(MonitoringRecords::capa);
		if (capa.isPresent()) {
			return capa;
		}
		return audits.areaForProcessInstance(processInstanceId).flatMap(area -> {
			List<Audit> cycles = audits.auditsOf(area.id());
			return cycles.isEmpty() ? Optional.empty() : Optional.of(audit(area, cycles.get(cycles.size() - 1)));
		});
	}

	static SignableRecord capa(CapaRecord c) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("title", c.title());
		content.put("description", String.valueOf(c.description()));
		content.put("source", c.source().name());
		content.put("sourceReference", c.sourceReference());
		content.put("severity", c.severity().name());
		content.put("recurrence", c.recurrence());
		content.put("patientSafetyImpact", c.patientSafetyImpact());
		content.put("priority", c.priority());
		content.put("dueDate", c.dueDate().toString());
		if (c.rootCause() != null) {
			content.put("rootCauseMethod", c.rootCause().method());
			content.put("whys", c.rootCause().whys());
			content.put("fishbone", c.rootCause().fishbone());
			content.put("rootCause", c.rootCause().statement());
		}
		content.put("incidentResponse",
				c.incidentSteps()
					.stream()
					.map(s -> Map.of("phase", s.phase().name(), "notes", s.notes(), "by", s.recordedBy()))
					.toList());
		content.put("actions", c.actions()
			.stream()
			.map(a -> Map.of("number", a.number(), "description", a.description(), "owner", a.ownerId(), "dueDate",
					a.dueDate().toString(), "status", a.status(), "outcome", String.valueOf(a.outcome())))
			.toList());
		content.put("effective", String.valueOf(c.effective()));
		content.put("effectivenessEvidence", String.valueOf(c.effectivenessEvidence()));
		return new SignableRecord("capa", c.id(), c.version(), content);
	}

	static SignableRecord audit(AuditArea area, Audit a) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("area", area.name());
		content.put("areaOwner", area.ownerId());
		content.put("cycle", a.cycle());
		content.put("auditor", String.valueOf(a.auditorId()));
		content.put("checklist",
				a.checklist()
					.stream()
					.map(i -> Map.of("requirement", i.requirementId(), "text", String.valueOf(i.requirementText())))
					.toList());
		content.put("findings",
				a.findings()
					.stream()
					.map(f -> Map.of("number", f.number(), "severity", f.severity().name(), "requirement",
							f.requirementId(), "description", f.description(), "evidence", f.evidenceDocumentIds()))
					.toList());
		content.put("summary", String.valueOf(a.summary()));
		content.put("outcome", String.valueOf(a.outcome()));
		return new SignableRecord("internal-audit-report", a.id(), a.version(), content);
	}

}
