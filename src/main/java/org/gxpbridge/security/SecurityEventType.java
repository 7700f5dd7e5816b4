package org.gxpbridge.security;

/**
 * What happened to an account or a credential; the audit trail chains these (P11-10e,
 * P11-300d).
 */
public enum SecurityEventType {

	LOGIN_SUCCEEDED, LOGIN_FAILED, LOGIN_REFUSED_LOCKED, LOGIN_REFUSED_INACTIVE, ACCOUNT_LOCKED, ACCOUNT_UNLOCKED,
	ACCOUNT_CREATED, ACCOUNT_DEACTIVATED, ROLES_CHANGED, PASSWORD_CHANGED, PASSWORD_CHANGE_REFUSED, PASSWORD_RESET,
	ACCESS_DENIED,
	/** An administrator set, moved or cleared the end of an account's access period. */
	ACCESS_PERIOD_CHANGED,
	/**
	 * A live session ended because its account was locked, deactivated or expired while
	 * it was open.
	 */
	SESSION_ENDED,
	/**
	 * An e-mail link token was refused (replayed, expired, foreign or forged): issue 6.
	 */
	MAIL_LINK_REFUSED,
	/**
	 * A reply to a task e-mail completed nothing (unknown sender, signing step, task
	 * done, auto-reply, token used).
	 */
	MAIL_REPLY_REFUSED,
	/** A reply to a task e-mail completed the task as the token's user. */
	MAIL_REPLY_ACCEPTED,
	/** A bearer token was refused: ill-formed, unknown, revoked or expired (CHK-23). */
	CLIENT_TOKEN_REFUSED

}
