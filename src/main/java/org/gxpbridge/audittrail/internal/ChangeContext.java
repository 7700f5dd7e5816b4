package org.gxpbridge.audittrail.internal;

import java.util.function.Supplier;

import org.gxpbridge.shared.ReasonForChange;

/**
 * The reason for change and client address as the ledger records them; the holder itself
 * is {@link ReasonForChange}.
 */
public final class ChangeContext {

	public static final String REASON_HEADER = ReasonForChange.HEADER;

	private ChangeContext() {
	}

	public static <T> T withReason(String reason, Supplier<T> work) {
		return ReasonForChange.withReason(reason, work);
	}

	public static String reason() {
		return ReasonForChange.current().orElse(null);
	}

	public static String clientAddress() {
		return ReasonForChange.clientAddress();
	}

}
