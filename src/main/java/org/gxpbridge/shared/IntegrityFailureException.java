package org.gxpbridge.shared;

/** Stored data no longer matches its recorded hash; it is never served as data. */
public class IntegrityFailureException extends DomainException {

	public IntegrityFailureException(String code, String message) {
		super(Kind.INTEGRITY_FAILURE, code, message);
	}

}
