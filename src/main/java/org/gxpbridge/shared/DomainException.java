package org.gxpbridge.shared;

/**
 * A request a module refused, or could not serve, for a reason the caller can act on.
 * Modules say what kind of refusal it is and give a stable {@link #code()} (clients and
 * tests read it); which HTTP status or error page that becomes is decided only by the web
 * adapters and the shared handlers ({@link ErrorStatus}). Nothing of the request was
 * changed when it is thrown.
 */
public abstract class DomainException extends RuntimeException {

	/** What kind of refusal this is; each kind has exactly one answer on the web. */
	public enum Kind {

		/** The object asked for does not exist (or no longer is open). */
		NOT_FOUND,
		/** The object's state does not allow it now (already completed, already held). */
		CONFLICT,
		/** The acting user's roles or relation to the object do not allow it. */
		NOT_PERMITTED,
		/** A GxP rule refuses the act or its content (reason missing, unsafe file). */
		REFUSED_BY_RULE,
		/** The request itself is malformed (unknown kind, empty query). */
		INVALID_INPUT,
		/** The content is larger than the rule allows. */
		TOO_LARGE,
		/** The content is of a type that is not accepted. */
		UNSUPPORTED_CONTENT,
		/** The credentials given to confirm the act (a signing password) are wrong. */
		CREDENTIALS_REJECTED,
		/** The account is locked, so the act cannot be confirmed. */
		ACCOUNT_LOCKED,
		/** Busy for now; the same request may succeed later. */
		UNAVAILABLE,
		/** Stored data no longer matches its recorded hash: a fault, never data. */
		INTEGRITY_FAILURE,
		/**
		 * The storage is full ("No space left on device"): nothing was stored; the same
		 * request succeeds once space is freed (HTTP 507).
		 */
		STORAGE_FULL

	}

	private final Kind kind;

	private final String code;

	protected DomainException(Kind kind, String code, String message) {
		super(message);
		this.kind = kind;
		this.code = code;
	}

	public Kind kind() {
		return kind;
	}

	/** A stable, lower-case error code such as {@code task_not_found}. */
	public String code() {
		return code;
	}

}
