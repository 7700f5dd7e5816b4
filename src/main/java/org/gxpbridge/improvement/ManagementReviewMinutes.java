package org.gxpbridge.improvement;

import java.util.List;
import java.util.Map;

/**
 * The minutes of a management review as the minute-taker writes them.
 *
 * @param attendees who attended (names or user ids)
 * @param conclusions the conclusion per input of the pack, by
 * {@link ManagementReviewInput} key; every input needs one
 * @param decisions what the review decided
 * @param actions one action per line: {@code description | owner user id | yyyy-mm-dd}
 * @param restartLifecycle the review decides that the regulatory landscape or the QMS
 * scope changed and the lifecycle restarts at step 1
 */
public record ManagementReviewMinutes(List<String> attendees, Map<String, String> conclusions, String decisions,
		String actions, boolean restartLifecycle) {

	public ManagementReviewMinutes {
		attendees = attendees == null ? List.of() : List.copyOf(attendees);
		conclusions = conclusions == null ? Map.of() : Map.copyOf(conclusions);
	}

}
