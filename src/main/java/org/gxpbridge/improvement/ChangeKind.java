package org.gxpbridge.improvement;

import java.util.Arrays;
import java.util.Locale;

import org.gxpbridge.shared.InvalidInputException;

/** What a change request changes (21 CFR 820.70(b), ISO 13485 4.1.4). */
public enum ChangeKind {

	QMS_PROCESS, ISMS, SOFTWARE_UPDATE, PATCH, CONFIGURATION;

	/** The kind a text names, or InvalidInputException naming the accepted values. */
	public static ChangeKind parse(String text) {
		String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(k -> k.name().equals(t))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("invalid_change_kind",
					"Change kind '" + text + "' is not one of " + Arrays.toString(values())));
	}

}
