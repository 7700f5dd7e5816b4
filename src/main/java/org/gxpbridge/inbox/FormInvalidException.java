package org.gxpbridge.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gxpbridge.shared.RefusedByRuleException;

/**
 * Submitted form values failed the form's rules (required, pattern, range, options, an
 * undeclared field). {@link #errors()} keys the messages as form-js does (component id,
 * then the row of a dynamic list; {@code _form} for what belongs to no field),
 * {@link #values()} carries the values as submitted so the page shows them again, and
 * {@link #fields()} the flat list of keyed fields with their first error.
 */
public class FormInvalidException extends RefusedByRuleException {

	private final transient List<FormField> fields;

	private final transient Map<String, Object> values;

	private final transient Map<String, Object> errors;

	public FormInvalidException(List<FormField> fields, Map<String, ?> values, Map<String, Object> errors) {
		super("invalid_form", "Some fields are missing or invalid: " + summary(errors));
		this.fields = List.copyOf(fields);
		this.values = new LinkedHashMap<>(values);
		this.errors = new LinkedHashMap<>(errors);
	}

	public List<FormField> fields() {
		return fields;
	}

	public Map<String, Object> values() {
		return values;
	}

	public Map<String, Object> errors() {
		return errors;
	}

	private static String summary(Map<String, Object> errors) {
		StringBuilder text = new StringBuilder();
		errors.values().forEach(e -> collect(e, text));
		return text.toString();
	}

	private static void collect(Object node, StringBuilder text) {
		if (node instanceof List<?> messages) {
			messages.forEach(m -> text.append(text.isEmpty() ? "" : "; ").append(m));
		}
		else if (node instanceof Map<?, ?> rows) {
			rows.values().forEach(r -> collect(r, text));
		}
	}

}
