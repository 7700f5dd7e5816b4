package org.gxpbridge.shared;

/** The object asked for does not exist, or is no longer open. */
public class NotFoundException extends DomainException {

	public NotFoundException(String code, String message) {
		super(Kind.NOT_FOUND, code, message);
	}

}
