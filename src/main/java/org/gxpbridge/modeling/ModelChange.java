package org.gxpbridge.modeling;

import java.time.Instant;

/**
 * One submission of a draft version (MC-n), bound to its ModelChangeProcess instance in
 * the module's table: what QA reviews, the APPROVED signature covers and the deploy step
 * deploys.
 */
public record ModelChange(String changeId, String draftId, int draftVersion, String processInstanceId, String status,
		String reason, String validation, String submittedBy, Instant submittedAt, String reviewedBy,
		String reviewComment, String deploymentId) {

	public static final String SUBMITTED = "SUBMITTED";

	public static final String INVALID = "INVALID";

	public static final String VALIDATED = "VALIDATED";

	public static final String REVIEWED = "REVIEWED";

	public static final String REJECTED = "REJECTED";

	public static final String DEPLOYED = "DEPLOYED";

}
