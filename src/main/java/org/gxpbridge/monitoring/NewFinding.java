package org.gxpbridge.monitoring;

import java.util.List;

/** A finding the auditor records while executing the audit. */
public record NewFinding(Severity severity, String requirementId, String description,
		List<String> evidenceDocumentIds) {

	public NewFinding {
		evidenceDocumentIds = evidenceDocumentIds == null ? List.of() : List.copyOf(evidenceDocumentIds);
	}

}
