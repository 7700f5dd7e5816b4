package org.gxpbridge.improvement;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A management review: the meeting pack (a snapshot of the inputs with its SHA-256), the
 * minutes (attendees, a conclusion per input, decisions, actions) and its status
 * ({@link #PACK_GATHERED}, {@link #MINUTES_RECORDED}, {@link #APPROVED}).
 */
public record ManagementReview(String id, int number, String businessKey, String status, Instant since,
		List<ManagementReviewInput> pack, String packSha256, String gatheredBy, Instant gatheredAt,
		List<String> attendees, Map<String, String> conclusions, String decisions, Boolean restartLifecycle,
		String minutesBy, Instant minutesAt, Instant approvedAt, List<ManagementReviewAction> actions,
		String processInstanceId) {

	public static final String PACK_GATHERED = "PACK_GATHERED";

	public static final String MINUTES_RECORDED = "MINUTES_RECORDED";

	public static final String APPROVED = "APPROVED";

	public ManagementReview {
		pack = List.copyOf(pack);
		attendees = List.copyOf(attendees);
		conclusions = Map.copyOf(conclusions);
		actions = List.copyOf(actions);
	}

}
