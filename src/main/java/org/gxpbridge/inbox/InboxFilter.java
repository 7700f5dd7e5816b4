package org.gxpbridge.inbox;

import java.time.Instant;

/** Inbox filters; any may be null. {@code businessKey} matches as a substring. */
public record InboxFilter(String processKey, String businessKey, Instant dueBefore, Integer minPriority) {

	public static InboxFilter none() {
		return new InboxFilter(null, null, null, null);
	}
}
