package org.gxpbridge.gap;

import java.util.List;

/**
 * Evidence accepted (MET) for a mapped requirement of another framework, proposed for
 * this row through the crosswalk.
 *
 * @param relation the mapping's set relation (equal, subset, superset, intersect,
 * related)
 */
public record CrosswalkProposal(String viaFramework, String viaRequirement, String relation,
		List<String> evidenceDocumentIds, String sourceAssessmentId, int sourceVersion) {

	/** What the worksheet shows, e.g. "proposed via A.5.15 EQUAL". */
	public String label() {
		return "proposed via " + viaRequirement + " " + (relation == null ? "" : relation.toUpperCase()) + " ("
				+ viaFramework + ")";
	}

}
