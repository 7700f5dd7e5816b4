package org.gxpbridge.controls;

import java.time.Instant;
import java.util.List;

/**
 * One periodic access review: the (role, member) lines as the accounts stood when it
 * opened, each with its decision. Status OPEN until the signed approval, then APPROVED.
 */
public record AccessReview(String reviewId, String processInstanceId, String status, int unusedDays, Instant openedAt,
		Instant approvedAt, List<AccessReviewLine> lines) {

	public static final String OPEN = "OPEN";

	public static final String APPROVED = "APPROVED";

}
