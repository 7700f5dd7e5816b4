package org.gxpbridge.inbox.internal;

import java.util.Collection;
import java.util.Date;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How a form value becomes a process variable: strings, numbers and booleans as they are;
 * lists and groups (checklist, taglist, dynamic list, group with a path) as JSON text,
 * because the engine stores no Java-serialized objects (and should not: a record must
 * stay readable without our classes). {@link #formValue} turns such text back into the
 * structure when the form is shown again.
 */
public final class FormValueTypes {

	private static final ObjectMapper JSON = new ObjectMapper();

	private FormValueTypes() {
	}

	static Object variable(Object value) {
		if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
			try {
				return JSON.writeValueAsString(value);
			}
			catch (JsonProcessingException e) {
				throw new IllegalStateException(e);
			}
		}
		return value;
	}

	/**
	 * A stored variable as the form-js page takes it: JSON text of a structured field
	 * parsed back, dates as ISO text, anything else unchanged.
	 */
	public static Object formValue(Object variable, boolean structured) {
		if (structured && variable instanceof String text && (text.startsWith("[") || text.startsWith("{"))) {
			try {
				return JSON.readValue(text, Object.class);
			}
			catch (JsonProcessingException e) {
				return variable;
			}
		}
		if (variable instanceof Date date) {
			return date.toInstant().toString();
		}
		return variable instanceof String || variable instanceof Number || variable instanceof Boolean
				|| variable == null ? variable : String.valueOf(variable);
	}

}
