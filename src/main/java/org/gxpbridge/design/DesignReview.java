package org.gxpbridge.design;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A review of a design item, bound to its DesignReviewProcess instance. {@code findings}
 * holds the current round's finding per design input ({@link #INPUTS}),
 * {@code justifications} the reviewer's justification per open trace gap key. Status
 * {@value #OPEN}, {@value #REWORK}, {@value #REVIEWED} (outcome approve, awaiting the
 * signature), {@value #APPROVED} or {@value #CANCELLED}.
 */
public record DesignReview(String id, String itemId, String processInstanceId, String businessKey, String status,
		int round, String outcome, String reviewerId, Instant reviewedAt, Instant approvedAt,
		Map<String, String> findings, Map<String, String> justifications, String startedBy, Instant startedAt) {

	public static final String OPEN = "OPEN";

	public static final String REWORK = "REWORK";

	public static final String REVIEWED = "REVIEWED";

	public static final String APPROVED = "APPROVED";

	/** Its process instance was cancelled before approval. */
	public static final String CANCELLED = "CANCELLED";

	public static final List<String> INPUTS = List.of("REQUIREMENTS", "THREAT_MODEL", "RISK_ASSESSMENT",
			"VERIFICATIONS");

}
