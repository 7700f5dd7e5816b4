package org.gxpbridge.shared;

/** The acting user's roles or relation to the object do not allow the act. */
public class NotPermittedException extends DomainException {

	public NotPermittedException(String code, String message) {
		super(Kind.NOT_PERMITTED, code, message);
	}

}
