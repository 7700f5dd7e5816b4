package org.gxpbridge.lifecycle;

import java.time.Instant;

/**
 * A compliance programme: its id is the business key of the umbrella process and of every
 * step it runs.
 *
 * @param status RUNNING or RETIRED
 * @param cycle the cycle now running, 1 for the first
 * @param statusReason why the last cycle started again or the programme was retired
 */
public record Programme(String id, String title, String scope, String ownerId, String status, int cycle,
		String processInstanceId, Instant startedAt, Instant updatedAt, String statusReason) {

	public static final String RUNNING = "RUNNING";

	public static final String RETIRED = "RETIRED";

}
