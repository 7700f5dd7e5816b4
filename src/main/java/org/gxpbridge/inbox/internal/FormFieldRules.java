package org.gxpbridge.inbox.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rules form-js applies to one field, applied again on the server: the value's type,
 * required, min/max, minLength/maxLength, pattern (found anywhere in the value, as
 * form-js tests it), e-mail/phone and the offered options. Values arrive as JSON types
 * from the form-js page or as strings from a plain HTML form; both give the same typed
 * value.
 */
final class FormFieldRules {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{5,}$");

	/** The typed value, or the error that refuses it (never both). */
	record Checked(Object value, String error) {

		static Checked ok(Object value) {
			return new Checked(value, null);
		}

		static Checked refused(String error) {
			return new Checked(null, error);
		}
	}

	private FormFieldRules() {
	}

	/**
	 * @param options the offered values; null when they come from an expression the
	 * server does not know
	 */
	static Checked check(JsonNode c, Object raw, List<String> options) {
		String type = c.path("type").asText();
		String label = FormCheck.text(c, "label") != null ? FormCheck.text(c, "label") : c.path("key").asText();
		JsonNode rules = c.path("validate");
		boolean required = rules.path("required").asBoolean(false);
		if ("checkbox".equals(type)) {
			Boolean checked = raw == null || "".equals(raw) ? Boolean.FALSE : bool(raw);
			return checked == null ? Checked.refused(label + " must be checked or not") : Checked.ok(checked);
		}
		if ("checklist".equals(type) || "taglist".equals(type)) {
			return multiple(label, raw, required, options);
		}
		if (raw == null || (raw instanceof String s && s.isBlank())) {
			return required ? Checked.refused(label + " is required") : Checked.ok(null);
		}
		if (raw instanceof Collection<?> || raw instanceof Map<?, ?>) {
			return Checked.refused(label + " takes one value");
		}
		if ("number".equals(type)) {
			return number(label, raw, rules);
		}
		String value = String.valueOf(raw).trim();
		if (("radio".equals(type) || "select".equals(type)) && options != null && !options.contains(value)) {
			return Checked.refused(label + ": choose one of the offered values");
		}
		if ("datetime".equals(type) && !datetime(c, value)) {
			return Checked.refused(label + " is not a valid date or time");
		}
		return text(label, value, rules);
	}

	private static Checked text(String label, String value, JsonNode rules) {
		if (rules.has("minLength") && value.length() < rules.path("minLength").asInt()) {
			return Checked.refused(label + " must have at least " + rules.path("minLength").asInt() + " characters");
		}
		if (rules.has("maxLength") && value.length() > rules.path("maxLength").asInt()) {
			return Checked.refused(label + " must have at most " + rules.path("maxLength").asInt() + " characters");
		}
		String pattern = FormCheck.text(rules, "pattern");
		if (pattern != null) {
			try {
				if (!Pattern.compile(pattern).matcher(value).find()) {
					return Checked.refused(label + " must match the pattern " + pattern);
				}
			}
			catch (PatternSyntaxException e) {
				return Checked.refused(label + ": the form's pattern is invalid");
			}
		}
		String validationType = FormCheck.text(rules, "validationType");
		if ("email".equals(validationType) && !EMAIL.matcher(value).matches()) {
			return Checked.refused(label + " must be an e-mail address");
		}
		if ("phone".equals(validationType) && !PHONE.matcher(value).matches()) {
			return Checked.refused(label + " must be a phone number");
		}
		return Checked.ok(value);
	}

	private static Checked number(String label, Object raw, JsonNode rules) {
		BigDecimal number;
		try {
			number = new BigDecimal(String.valueOf(raw).trim());
		}
		catch (NumberFormatException e) {
			return Checked.refused(label + " must be a number");
		}
		if (rules.has("min") && number.compareTo(rules.path("min").decimalValue()) < 0) {
			return Checked.refused(label + " must be at least " + rules.path("min").asText());
		}
		if (rules.has("max") && number.compareTo(rules.path("max").decimalValue()) > 0) {
			return Checked.refused(label + " must be at most " + rules.path("max").asText());
		}
		// whole numbers stay Long, as process expressions compare them (${score > 3})
		if (number.stripTrailingZeros().scale() <= 0 && !String.valueOf(raw).contains(".")) {
			try {
				return Checked.ok(number.longValueExact());
			}
			catch (ArithmeticException e) {
				return Checked.refused(label + " is too large");
			}
		}
		return Checked.ok(number.doubleValue());
	}

	private static Checked multiple(String label, Object raw, boolean required, List<String> options) {
		List<String> values = new ArrayList<>();
		if (raw instanceof Collection<?> list) {
			list.forEach(v -> values.add(String.valueOf(v)));
		}
		else if (raw != null && !String.valueOf(raw).isBlank()) {
			for (String v : String.valueOf(raw).split(",")) {
				values.add(v.trim());
			}
		}
		if (values.isEmpty()) {
			return required ? Checked.refused(label + " is required") : Checked.ok(null);
		}
		if (options != null && !options.containsAll(values)) {
			return Checked.refused(label + ": choose among the offered values");
		}
		return Checked.ok(List.copyOf(values));
	}

	private static boolean datetime(JsonNode c, String value) {
		String subtype = c.path("subtype").asText("date");
		try {
			switch (subtype) {
				case "time" -> LocalTime.parse(value.length() > 8 ? value.substring(0, 8) : value);
				case "datetime" -> LocalDate.parse(value.substring(0, Math.min(10, value.length())));
				default -> LocalDate.parse(value);
			}
			return true;
		}
		catch (DateTimeParseException e) {
			return false;
		}
	}

	private static Boolean bool(Object raw) {
		if (raw instanceof Boolean b) {
			return b;
		}
		String s = String.valueOf(raw).trim();
		return "true".equals(s) || "on".equals(s) ? Boolean.TRUE : "false".equals(s) ? Boolean.FALSE : null;
	}

}
