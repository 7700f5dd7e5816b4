package org.gxpbridge.signature;

import org.gxpbridge.shared.ProblemException;

/** A signature refused; nothing was signed and the task is unchanged. */
public class SignatureException extends ProblemException {

	private SignatureException(int status, String code, String message) {
		super(status, code, message);
	}

	public static SignatureException unknownTask(String taskId) {
		return new SignatureException(404, "task_not_found", "No task with id '" + taskId + "'");
	}

	public static SignatureException taskCompleted(String taskId) {
		return new SignatureException(409, "task_completed",
				"Task '" + taskId + "' is already completed; it cannot be signed again");
	}

	public static SignatureException notASigningStep(String taskId) {
		return new SignatureException(409, "not_a_signing_step",
				"Task '" + taskId + "' is not a signing step; complete it normally");
	}

	public static SignatureException meaningNotAllowed(String meaning, Object allowed) {
		return new SignatureException(422, "meaning_not_allowed",
				"The meaning '" + meaning + "' is not allowed for this step; allowed: " + allowed);
	}

	public static SignatureException invalidVariables(String detail) {
		return new SignatureException(400, "invalid_variables", detail);
	}

	public static SignatureException forbidden(String message) {
		return new SignatureException(403, "signature_not_permitted", message);
	}

	public static SignatureException badPassword(String message) {
		return new SignatureException(401, "bad_credentials", "Signature refused: " + message);
	}

	public static SignatureException locked(String message) {
		return new SignatureException(423, "account_locked", "Signature refused: " + message);
	}

	public static SignatureException notFound(String signatureId) {
		return new SignatureException(404, "signature_not_found", "No signature with id '" + signatureId + "'");
	}

}
