package org.gxpbridge.monitoring;

import java.util.List;

/**
 * A finding of an audit against a requirement of its checklist, with evidence documents
 * (ids in the documents module); after the report is approved it raises a CAPA
 * ({@code capaId}) or is closed with a justification.
 */
public record AuditFinding(String id, String auditId, int number, Severity severity, String requirementId,
		String description, List<String> evidenceDocumentIds, String disposition, String justification, String capaId,
		String disposedBy) {
}
