package org.gxpbridge.inbox.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gxpbridge.inbox.FormField;

/**
 * Validates submitted values against a form and converts them to typed process variables.
 */
public final class FormValues {

	/** Typed variables and the fields with values and errors as submitted. */
	public record Result(Map<String, Object> variables, List<FormField> fields, boolean valid) {
	}

	private FormValues() {
	}

	public static Result check(List<FormField> form, Map<String, String> submitted) {
		Map<String, Object> variables = new LinkedHashMap<>();
		List<FormField> fields = new ArrayList<>();
		boolean valid = true;
		for (FormField field : form) {
			if (field.key() == null || field.disabled() || "text".equals(field.type())) {
				fields.add(field);
				continue;
			}
			String raw = submitted.get(field.key());
			String value = raw == null ? null : raw.trim();
			String error = null;
			if ("checkbox".equals(field.type())) {
				variables.put(field.key(), "true".equals(value) || "on".equals(value));
			}
			else if (value == null || value.isEmpty()) {
				if (field.required()) {
					error = field.label() + " is required";
				}
			}
			else if ("number".equals(field.type())) {
				try {
					variables.put(field.key(),
							value.contains(".") ? (Object) Double.valueOf(value) : (Object) Long.valueOf(value));
				}
				catch (NumberFormatException e) {
					error = field.label() + " must be a number";
				}
			}
			else if (!field.options().isEmpty() && field.options().stream().noneMatch(o -> o.value().equals(value))) {
				error = field.label() + ": choose one of the offered values";
			}
			else {
				variables.put(field.key(), value);
			}
			valid &= error == null;
			fields.add(field.withValueAndError(value, error));
		}
		return new Result(variables, List.copyOf(fields), valid);
	}

}
