package org.gxpbridge.shared;

/**
 * A refused request that the API reports as a JSON error with the given HTTP status and a
 * stable error code. Module APIs throw subclasses of it; nothing of the request was
 * changed when it is thrown.
 */
public class ProblemException extends RuntimeException {

	private final int status;

	private final String code;

	public ProblemException(int status, String code, String message) {
		super(message);
		this.status = status;
		this.code = code;
	}

	public int status() {
		return status;
	}

	public String code() {
		return code;
	}

}
