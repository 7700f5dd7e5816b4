package org.gxpbridge.design.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.gxpbridge.shared.InvalidInputException;

/**
 * The shape of design inputs as a user sends them: required texts with their limits, ids
 * of letters, digits, '.', '_' and '-', values from a fixed list. Each refusal names the
 * field.
 */
public final class DesignInputCheck {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

	private DesignInputCheck() {
	}

	public static String text(String field, String value, int max) {
		String v = value == null ? null : value.strip();
		if (v == null || v.isEmpty()) {
			throw new InvalidInputException("missing_" + field, field + " is required");
		}
		if (v.length() > max) {
			throw new InvalidInputException("invalid_" + field, field + " has at most " + max + " characters");
		}
		return v;
	}

	public static String id(String field, String value) {
		String v = text(field, value, 40);
		if (!ID.matcher(v).matches()) {
			throw new InvalidInputException("invalid_" + field,
					field + " '" + v + "' may hold letters, digits, '.', '_' and '-' only (at most 40)");
		}
		return v;
	}

	public static String oneOf(String field, String value, List<String> allowed) {
		String v = text(field, value, 40).toUpperCase(Locale.ROOT);
		if (!allowed.contains(v)) {
			throw new InvalidInputException("invalid_" + field,
					field + " '" + value.strip() + "' is not one of " + allowed);
		}
		return v;
	}

	public static List<String> ids(String field, List<String> values) {
		return values == null ? List.of() : values.stream().map(v -> id(field, v)).distinct().sorted().toList();
	}

}
