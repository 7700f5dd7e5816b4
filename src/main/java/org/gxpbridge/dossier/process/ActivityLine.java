package org.gxpbridge.dossier.process;

import java.time.Instant;

/**
 * One activity instance of the timeline: who (the task's assignee, who completed it),
 * when, how long; {@code state} is COMPLETED, RUNNING or CANCELED.
 */
public record ActivityLine(String activityInstanceId, String activityId, String name, String type, String who,
		Instant startedAt, Instant endedAt, Long durationMillis, String state) {
}
