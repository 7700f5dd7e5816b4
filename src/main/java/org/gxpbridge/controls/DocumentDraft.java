package org.gxpbridge.controls;

import java.time.Instant;

/**
 * A version while DocumentApprovalProcess works on it (status {@code IN_REVIEW},
 * {@code APPROVED}, {@code REJECTED}); the record its review and approval signatures
 * cover. {@code revision} counts the submissions of this instance (1 at submission, +1 at
 * each resubmission after changes were requested).
 */
public record DocumentDraft(String processInstanceId, String documentNumber, String version, String title,
		String changeSummary, String authorId, String status, int revision, Instant submittedAt) {

	public static final String IN_REVIEW = "IN_REVIEW";

	public static final String APPROVED = "APPROVED";

	public static final String REJECTED = "REJECTED";

}
