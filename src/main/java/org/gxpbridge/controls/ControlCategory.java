package org.gxpbridge.controls;

import java.util.Arrays;
import java.util.Locale;

import org.gxpbridge.shared.InvalidInputException;

/**
 * What kind of control an implementation record is about (issue 12: access-control,
 * data-integrity and incident-response controls, and any other requirement of the
 * catalogue).
 */
public enum ControlCategory {

	ACCESS_CONTROL, DATA_INTEGRITY, INCIDENT_RESPONSE, OTHER;

	/** The category named by a user, or {@code invalid_category} naming the choices. */
	public static ControlCategory parse(String text) {
		if (text != null) {
			String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
			for (ControlCategory c : values()) {
				if (c.name().equals(name)) {
					return c;
				}
			}
		}
		throw new InvalidInputException("invalid_category",
				"Control category '" + text + "' is not one of " + Arrays.toString(values()));
	}

}
