package org.gxpbridge.shared;

/** The content is of a type that is not accepted, or not the type its name claims. */
public class UnsupportedContentException extends DomainException {

	public UnsupportedContentException(String code, String message) {
		super(Kind.UNSUPPORTED_CONTENT, code, message);
	}

}
