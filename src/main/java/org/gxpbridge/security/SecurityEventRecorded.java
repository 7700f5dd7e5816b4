package org.gxpbridge.security;

import java.time.Instant;

/**
 * Published, in the transaction of the change, for every security-relevant event.
 * {@code alert} marks those the IT_SECURITY group must see at once (failed attempts,
 * lockouts: P11-300d, CHK-11).
 */
public record SecurityEventRecorded(Instant occurredAt, SecurityEventType type, String userId, String actorId,
		String clientAddress, String detail, boolean alert) {
}
