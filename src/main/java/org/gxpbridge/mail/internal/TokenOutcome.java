package org.gxpbridge.mail.internal;

/**
 * What checking the token of a task e-mail gave, the same for a link opened in the
 * browser and for a reply to approve. Only {@link #VALID} lets anything go on.
 */
public enum TokenOutcome {

	/** Bound to this task and this person, not used before, not expired. */
	VALID(false),
	/** No such token: forged, mistyped or truncated. */
	UNKNOWN(true),
	/**
	 * A real token, but presented by someone else (another user, another task, or a reply
	 * from an address that is not its user's).
	 */
	FOREIGN(true),
	/**
	 * Its user is locked, deactivated or past their access period (checked for replies; a
	 * link is opened by a signed-in user, and closing an account voids its links).
	 */
	ACCOUNT_INACTIVE(true),
	/**
	 * Used before: a replay, the same person opening the mail twice, or voided when the
	 * account was closed.
	 */
	ALREADY_USED(false),
	/** Older than {@code gxp.mail.link-validity}. */
	EXPIRED(false);

	private final boolean alert;

	TokenOutcome(boolean alert) {
		this.alert = alert;
	}

	/**
	 * Whether the refusal alerts IT security: tokens in the wrong hands do; a person's
	 * own used or expired token is recorded only, so IT security is not flooded.
	 */
	public boolean alert() {
		return alert;
	}

}
