package org.gxpbridge.mail.internal;

/**
 * What became of a reply; only COMPLETED changed anything. Stored with the message id in
 * gxp_mail_reply.
 */
public enum ReplyOutcome {

	COMPLETED, AUTO_REPLY, NO_REFERENCE, UNKNOWN_TOKEN, FOREIGN_SENDER,
	/**
	 * The token's user is locked, deactivated or past their access period: nothing is
	 * done, nothing answered.
	 */
	ACCOUNT_INACTIVE, TOKEN_USED, TOKEN_EXPIRED, TASK_DONE, SIGNING_STEP, NOT_BY_REPLY, NO_DECISION, REFUSED_BY_ENGINE

}
