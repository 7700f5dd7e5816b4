package org.gxpbridge.gap;

import java.time.Instant;
import java.util.List;

/**
 * One version of a gap assessment.
 *
 * @param frameworkIds the catalogue ids assessed, in the order given
 * @param processInstanceId the GapAnalysisProcess instance that works on this version;
 * null for a draft revision not yet taken up
 * @param revisionReason why this version was started after an approval (null for the
 * first)
 */
public record GapAssessment(String id, int version, String title, AssessmentStatus status, List<String> frameworkIds,
		String processInstanceId, String createdBy, Instant createdAt, String revisionReason, Instant approvedAt) {
}
