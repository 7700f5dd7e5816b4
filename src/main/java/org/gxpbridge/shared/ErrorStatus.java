package org.gxpbridge.shared;

/**
 * The one place that turns a kind of {@link DomainException} into an HTTP status, for the
 * JSON API, the error pages and the engine REST adapter alike.
 */
public final class ErrorStatus {

	private ErrorStatus() {
	}

	public static int of(DomainException.Kind kind) {
		return switch (kind) {
			case NOT_FOUND -> 404;
			case CONFLICT -> 409;
			case NOT_PERMITTED -> 403;
			case REFUSED_BY_RULE -> 422;
			case INVALID_INPUT -> 400;
			case TOO_LARGE -> 413;
			case UNSUPPORTED_CONTENT -> 415;
			case CREDENTIALS_REJECTED -> 401;
			case ACCOUNT_LOCKED -> 423;
			case UNAVAILABLE -> 503;
			case INTEGRITY_FAILURE -> 500;
			case STORAGE_FULL -> 507;
		};
	}

	public static int of(DomainException e) {
		return of(e.kind());
	}

}
