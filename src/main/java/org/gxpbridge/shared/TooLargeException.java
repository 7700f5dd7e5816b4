package org.gxpbridge.shared;

/** The content is larger than the configured limit allows. */
public class TooLargeException extends DomainException {

	public TooLargeException(String code, String message) {
		super(Kind.TOO_LARGE, code, message);
	}

}
