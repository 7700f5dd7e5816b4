package org.gxpbridge.shared;

/** The request is malformed: a value is missing, out of range or of the wrong form. */
public class InvalidInputException extends DomainException {

	public InvalidInputException(String code, String message) {
		super(Kind.INVALID_INPUT, code, message);
	}

}
