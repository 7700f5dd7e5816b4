package org.gxpbridge.mail.internal;

/**
 * What redeeming an e-mail link token gave: only {@link TokenOutcome#VALID} lets the page
 * go on; every other outcome did nothing and was recorded as a security event.
 * {@code message} is for the person, in plain words.
 */
public record LinkRedemption(TokenOutcome outcome, String message) {

	public boolean valid() {
		return outcome == TokenOutcome.VALID;
	}

}
