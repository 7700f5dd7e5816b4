package org.gxpbridge.gap;

import java.time.Instant;
import java.util.List;

/**
 * One requirement on the worksheet: the catalogue's requirement and, once assessed, its
 * status, justification, evidence and who assessed it when. {@code status} is null while
 * not assessed; {@code proposal} is a crosswalk proposal where one exists.
 */
public record AssessmentRow(String frameworkId, String requirementId, String title, String area, RowStatus status,
		String justification, List<String> evidenceDocumentIds, String assessor, Instant assessedAt,
		CrosswalkProposal proposal) {

	public boolean assessed() {
		return status != null;
	}

}
