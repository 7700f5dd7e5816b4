package org.gxpbridge.mail;

/**
 * What redeeming an e-mail link token gave: only {@link Outcome#VALID} lets the page go
 * on; every other outcome did nothing and was recorded as a security event.
 * {@code message} is for the person, in plain words.
 */
public record LinkRedemption(Outcome outcome, String message) {

	public enum Outcome {

		/** Bound to this task and this user, not used before, not expired: now used. */
		VALID,
		/** Older than {@code gxp.mail.link-validity}. */
		EXPIRED,
		/** Used before (a replay, or the same person opening the mail twice). */
		ALREADY_USED,
		/** A real token, but for another user or another task. */
		FOREIGN,
		/** No such token: forged, mistyped or truncated. */
		UNKNOWN

	}

	public boolean valid() {
		return outcome == Outcome.VALID;
	}
}
