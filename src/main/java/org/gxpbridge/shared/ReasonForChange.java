package org.gxpbridge.shared;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The reason for change of the work on this thread (EU Annex 11 §9, CHK-02): set
 * explicitly by a module API ({@link #withReason}) or sent by the client in
 * {@code X-GxP-Reason}. The engine's command guard asks for it before a privileged act
 * and the audit ledger writes it into every entry the act causes.
 */
public final class ReasonForChange {

	public static final String HEADER = "X-GxP-Reason";

	/**
	 * A reason is a sentence, not an essay; longer ones are cut in the ledger, never
	 * refused for length.
	 */
	public static final int MAX_LENGTH = 1000;

	private static final ThreadLocal<String> REASON = new ThreadLocal<>();

	private ReasonForChange() {
	}

	public static <T> T withReason(String reason, Supplier<T> work) {
		String before = REASON.get();
		REASON.set(reason);
		try {
			return work.get();
		}
		finally {
			if (before == null) {
				REASON.remove();
			}
			else {
				REASON.set(before);
			}
		}
	}

	/** The reason given for the current work, trimmed; empty when none was given. */
	public static Optional<String> current() {
		String explicit = REASON.get();
		if (explicit != null && !explicit.isBlank()) {
			return Optional.of(cut(explicit.trim()));
		}
		HttpServletRequest request = request();
		String header = request == null ? null : request.getHeader(HEADER);
		return header == null || header.isBlank() ? Optional.empty() : Optional.of(cut(header.trim()));
	}

	/** The client's address when the work runs for an HTTP request. */
	public static String clientAddress() {
		HttpServletRequest request = request();
		return request == null ? null : request.getRemoteAddr();
	}

	private static String cut(String reason) {
		return reason.length() <= MAX_LENGTH ? reason : reason.substring(0, MAX_LENGTH);
	}

	private static HttpServletRequest request() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return attributes instanceof ServletRequestAttributes s ? s.getRequest() : null;
	}

}
