package org.gxpbridge.inbox;

import java.util.List;

/**
 * One component of a Camunda Form (form-js schema) as the inbox renders it server-side.
 * {@code type} is the form-js type (textfield, textarea, number, checkbox, radio, select,
 * text); {@code text} is the content of a text block.
 */
public record FormField(String id, String type, String key, String label, String description, boolean required,
		boolean disabled, List<Option> options, String value, String text, String error) {

	public record Option(String label, String value) {
	}

	public FormField withValueAndError(String newValue, String newError) {
		return new FormField(id, type, key, label, description, required, disabled, options, newValue, text, newError);
	}
}
