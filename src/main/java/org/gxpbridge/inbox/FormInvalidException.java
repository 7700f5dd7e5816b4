package org.gxpbridge.inbox;

import java.util.List;

import org.gxpbridge.shared.ProblemException;

/**
 * Submitted form values failed validation; {@link #fields()} carries the values and an
 * error per field.
 */
public class FormInvalidException extends ProblemException {

	private final transient List<FormField> fields;

	public FormInvalidException(List<FormField> fields) {
		super(422, "invalid_form", "Some fields are missing or invalid");
		this.fields = List.copyOf(fields);
	}

	public List<FormField> fields() {
		return fields;
	}

}
