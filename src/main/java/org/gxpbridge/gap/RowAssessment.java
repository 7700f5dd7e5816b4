package org.gxpbridge.gap;

import java.util.List;

/**
 * A status set on one requirement, with the justification it needs (for every status but
 * MET) and the evidence documents (ids of the documents module).
 */
public record RowAssessment(String frameworkId, String requirementId, RowStatus status, String justification,
		List<String> evidenceDocumentIds) {

	public RowAssessment {
		evidenceDocumentIds = evidenceDocumentIds == null ? List.of() : List.copyOf(evidenceDocumentIds);
	}

}
