package org.gxpbridge.shared;

/** The server is busy with this kind of work; the same request may succeed later. */
public class UnavailableException extends DomainException {

	public UnavailableException(String code, String message) {
		super(Kind.UNAVAILABLE, code, message);
	}

}
