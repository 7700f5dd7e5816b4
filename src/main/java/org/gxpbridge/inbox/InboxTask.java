package org.gxpbridge.inbox;

import java.time.Instant;

/**
 * One line of the inbox. {@code signingMeaning} is set when completing the task is a Part
 * 11 signature.
 */
public record InboxTask(String id, String name, String processKey, String processName, String processInstanceId,
		String businessKey, String assignee, Instant created, Instant due, int priority, String signingMeaning) {

	public boolean overdueAt(Instant now) {
		return due != null && due.isBefore(now);
	}
}
