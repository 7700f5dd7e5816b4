package org.gxpbridge.security;

import java.time.Instant;

/**
 * Published, in the transaction of the change, for every security-relevant event.
 * {@code alert} marks those the IT_SECURITY group must see at once (failed attempts,
 * lockouts: P11-300d, CHK-11). {@code reason} is the reason for change an administrator
 * gave for an account change (EU Annex 11 §9); null for everything else.
 */
public record SecurityEventRecorded(Instant occurredAt, SecurityEventType type, String userId, String actorId,
		String clientAddress, String detail, boolean alert, String reason) {

	/** An event without a reason for change (sign-ins, failures, lockouts). */
	public SecurityEventRecorded(Instant occurredAt, SecurityEventType type, String userId, String actorId,
			String clientAddress, String detail, boolean alert) {
		this(occurredAt, type, userId, actorId, clientAddress, detail, alert, null);
	}

}
