package org.gxpbridge.shared;

/**
 * The object's state does not allow the act now; asking again later will not help unless
 * the state changes.
 */
public class ConflictException extends DomainException {

	public ConflictException(String code, String message) {
		super(Kind.CONFLICT, code, message);
	}

}
