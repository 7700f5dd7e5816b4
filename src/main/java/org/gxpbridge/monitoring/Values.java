package org.gxpbridge.monitoring;

import java.util.Arrays;

import org.gxpbridge.shared.InvalidInputException;

/**
 * Parses an enum value from user input, refusing anything outside it with a clear
 * message.
 */
final class Values {

	private Values() {
	}

	static <E extends Enum<E>> E parse(Class<E> type, String code, String label, String text) {
		if (text != null) {
			for (E value : type.getEnumConstants()) {
				if (value.name().equalsIgnoreCase(text.trim())) {
					return value;
				}
			}
		}
		throw new InvalidInputException("invalid_" + code, label + " must be one of "
				+ Arrays.toString(type.getEnumConstants()) + (text == null ? " (none given)" : ", not '" + text + "'"));
	}

}
