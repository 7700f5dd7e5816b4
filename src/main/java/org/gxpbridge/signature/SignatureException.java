package org.gxpbridge.signature;

import org.gxpbridge.shared.DomainException;

/**
 * A signature refused; nothing was signed and the task is unchanged. Each refusal names
 * its {@link Kind} and a stable code.
 */
public class SignatureException extends DomainException {

	private SignatureException(Kind kind, String code, String message) {
		super(kind, code, message);
	}

	public static SignatureException unknownTask(String taskId) {
		return new SignatureException(Kind.NOT_FOUND, "task_not_found", "No task with id '" + taskId + "'");
	}

	public static TaskCompleted taskCompleted(String taskId) {
		return new TaskCompleted(taskId);
	}

	public static SignatureException notASigningStep(String taskId) {
		return new SignatureException(Kind.CONFLICT, "not_a_signing_step",
				"Task '" + taskId + "' is not a signing step; complete it normally");
	}

	public static SignatureException meaningNotAllowed(String meaning, Object allowed) {
		return new SignatureException(Kind.REFUSED_BY_RULE, "meaning_not_allowed",
				"The meaning '" + meaning + "' is not allowed for this step; allowed: " + allowed);
	}

	public static SignatureException invalidVariables(String detail) {
		return new SignatureException(Kind.INVALID_INPUT, "invalid_variables", detail);
	}

	/**
	 * An integration client asked to sign: a signature is a person's act (21 CFR 11.100,
	 * 11.200; CHK-13), so no client ever signs, whatever its roles.
	 */
	public static SignatureException clientsCannotSign(String clientId) {
		return new SignatureException(Kind.NOT_PERMITTED, "clients_cannot_sign", "Signature refused: '" + clientId
				+ "' is an integration client; electronic signatures are given only by people, in person (21 CFR 11.100)");
	}

	public static SignatureException forbidden(String message) {
		return new SignatureException(Kind.NOT_PERMITTED, "signature_not_permitted", message);
	}

	/**
	 * No identity verification is recorded for the signer: no signing rights yet (21 CFR
	 * 11.100(b), CHK-14).
	 */
	public static SignatureException identityNotVerified(String userId) {
		return new SignatureException(Kind.NOT_PERMITTED, "identity_not_verified",
				"Signature refused: the identity of '" + userId
						+ "' has not been verified, so the account has no signing rights yet (21 CFR 11.100(b)); "
						+ "an administrator or quality manager records the verification under Users");
	}

	public static SignatureException badPassword(String message) {
		return new SignatureException(Kind.CREDENTIALS_REJECTED, "bad_credentials", "Signature refused: " + message);
	}

	public static SignatureException locked(String message) {
		return new SignatureException(Kind.ACCOUNT_LOCKED, "account_locked", "Signature refused: " + message);
	}

	public static SignatureException notFound(String signatureId) {
		return new SignatureException(Kind.NOT_FOUND, "signature_not_found",
				"No signature with id '" + signatureId + "'");
	}

	/**
	 * The step was completed before this signature arrived (by someone else, or by an
	 * earlier submission): there is nothing left to sign.
	 */
	public static final class TaskCompleted extends SignatureException {

		private TaskCompleted(String taskId) {
			super(Kind.CONFLICT, "task_completed",
					"Task '" + taskId + "' is already completed; it cannot be signed again");
		}

	}

}
