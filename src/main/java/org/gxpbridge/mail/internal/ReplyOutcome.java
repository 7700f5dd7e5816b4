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
	ACCOUNT_INACTIVE, TOKEN_USED, TOKEN_EXPIRED, TASK_DONE, SIGNING_STEP, NOT_BY_REPLY, NO_DECISION, REFUSED_BY_ENGINE;

	/**
	 * The reply outcome of a refused token check, under the names gxp_mail_reply has
	 * always stored.
	 */
	public static ReplyOutcome of(TokenOutcome refused) {
		return switch (refused) {
			case UNKNOWN -> UNKNOWN_TOKEN;
			case FOREIGN -> FOREIGN_SENDER;
			case ACCOUNT_INACTIVE -> ACCOUNT_INACTIVE;
			case ALREADY_USED -> TOKEN_USED;
			case EXPIRED -> TOKEN_EXPIRED;
			case VALID -> throw new IllegalArgumentException("a valid token is no refusal");
		};
	}

}
