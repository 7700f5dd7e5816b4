package org.gxpbridge.security.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The shape of a user id, and how an id that does not have it is written into the
 * security log: whatever a client sends as a user id (90 characters, control characters,
 * another script) must be recordable, and must never be mistaken for a real id (P11-300d,
 * CHK-13).
 */
public final class UserIds {

	/** The rule, in the words the API answers with. */
	public static final String RULE = "user id must be 2 to 64 characters: a letter, then letters, digits, '.', '_' or '-'";

	private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

	private static final int SHOWN = 40;

	private UserIds() {
	}

	/** True for a normalised id that an account could have. */
	public static boolean wellFormed(String normalizedId) {
		return normalizedId != null && SHAPE.matcher(normalizedId).matches();
	}

	/**
	 * The id as the security log and the ledger record it: a well-formed id as it is;
	 * anything else as {@code invalid:} and at most 40 harmless characters (':' never
	 * occurs in a real id, so no account is blamed).
	 */
	public static String loggable(String rawId) {
		String id = rawId == null ? "" : rawId.trim().toLowerCase(Locale.ROOT);
		if (wellFormed(id)) {
			return id;
		}
		StringBuilder shown = new StringBuilder("invalid:");
		id.codePoints()
			.limit(SHOWN)
			.forEach(c -> shown
				.append(c < 128 && (Character.isLetterOrDigit(c) || "._-@".indexOf(c) >= 0) ? (char) c : '?'));
		return id.codePointCount(0, id.length()) > SHOWN ? shown.append('…').toString() : shown.toString();
	}

	/**
	 * Length and an escaped prefix of an ill-formed id, for the detail column: enough to
	 * recognise a probe.
	 */
	public static String describe(String rawId) {
		if (rawId == null) {
			return "no user id";
		}
		StringBuilder escaped = new StringBuilder();
		rawId.codePoints()
			.limit(100)
			.forEach(c -> escaped.append(c >= 0x20 && c < 0x7f ? Character.toString(c) : String.format("\\u%04x", c)));
		return rawId.length() + " characters: \"" + escaped + (rawId.codePointCount(0, rawId.length()) > 100 ? "…" : "")
				+ "\"";
	}

}
