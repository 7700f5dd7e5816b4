package org.gxpbridge.inbox;

import java.util.List;

import org.gxpbridge.shared.RefusedByRuleException;

/**
 * Submitted form values failed the form's rules (required, pattern, range);
 * {@link #fields()} carries the values and an error per field.
 */
public class FormInvalidException extends RefusedByRuleException {

	private final transient List<FormField> fields;

	public FormInvalidException(List<FormField> fields) {
		super("invalid_form", "Some fields are missing or invalid");
		this.fields = List.copyOf(fields);
	}

	public List<FormField> fields() {
		return fields;
	}

}
