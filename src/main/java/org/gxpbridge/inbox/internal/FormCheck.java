package org.gxpbridge.inbox.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Validates a submission against the deployed Camunda Form (form-js schema) exactly as
 * the form declares it, whatever the browser did: only declared, visible, editable fields
 * are input; each is checked for type, required, min/max, length, pattern and offered
 * options; groups with a path and dynamic lists nest their values. A field hidden by its
 * {@code conditional.hide} FEEL condition is not input, so its required rule does not
 * apply. Display components (text, html, image, ...) and file pickers are no values.
 * Errors are keyed as form-js keys them: component id, then the row index inside a
 * dynamic list ({@code {"Field_Finding": {"0": ["..."]}}}); anything not declared is
 * refused under {@link #FORM_ERROR}.
 */
public final class FormCheck {

	/** Where errors that belong to no field go (unknown fields). */
	public static final String FORM_ERROR = "_form";

	private static final Set<String> NO_VALUE = Set.of("text", "html", "image", "separator", "spacer", "button",
			"iframe", "table", "documentPreview", "expression", "filepicker");

	/**
	 * The checked values (as submitted, nested), the errors per component and the
	 * top-level values the engine gets.
	 */
	public record Result(Map<String, Object> values, Map<String, Object> errors, Map<String, Object> variables) {

		public boolean valid() {
			return errors.isEmpty();
		}
	}

	private final Map<String, Object> context;

	private final Map<String, Object> errors = new LinkedHashMap<>();

	private FormCheck(Map<String, Object> context) {
		this.context = context;
	}

	/**
	 * @param schema the form-js document (with {@code components})
	 * @param submitted the values as the browser (or an HTTP client) sent them
	 * @param context values the form shows but does not take (the record's variables),
	 * for conditions
	 */
	public static Result check(JsonNode schema, Map<String, ?> submitted, Map<String, Object> context) {
		Map<String, Object> merged = new HashMap<>(context);
		merged.putAll(submitted);
		FormCheck check = new FormCheck(merged);
		Map<String, Object> values = check.level(schema.path("components"), submitted, merged, List.of());
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((k, v) -> variables.put(k, FormValueTypes.variable(v)));
		return new Result(values, check.errors, variables);
	}

	/** Checks one level (the form, a group's path or a list row); returns its values. */
	private Map<String, Object> level(JsonNode components, Map<String, ?> submitted, Map<String, Object> scope,
			List<Integer> rows) {
		Map<String, Object> values = new LinkedHashMap<>();
		Set<String> declared = new LinkedHashSet<>();
		walk(components, submitted, scope, rows, values, declared);
		for (String key : submitted.keySet()) {
			if (!declared.contains(key)) {
				refuse("'" + key + "' is not a field of this form");
			}
		}
		return values;
	}

	private void walk(JsonNode components, Map<String, ?> submitted, Map<String, Object> scope, List<Integer> rows,
			Map<String, Object> values, Set<String> declared) {
		for (JsonNode c : components) {
			String type = c.path("type").asText();
			String path = text(c, "path");
			String key = text(c, "key");
			if ("group".equals(type) || "dynamiclist".equals(type)) {
				if (path == null) {
					if (!hidden(c, scope)) {
						walk(c.path("components"), submitted, scope, rows, values, declared);
					}
					continue;
				}
				declared.add(path);
				if (hidden(c, scope) || c.path("disabled").asBoolean(false) || c.path("readonly").asBoolean(false)) {
					continue;
				}
				Object value = submitted.get(path);
				if ("group".equals(type)) {
					values.put(path, level(c.path("components"), map(value, c), scope, rows));
				}
				else {
					values.put(path, rows(c, value, scope, rows));
				}
				continue;
			}
			if (key == null) {
				continue;
			}
			declared.add(key);
			if (NO_VALUE.contains(type)) {
				// shown or computed in the browser (or a file, which comes as its own
				// part): never a value
				continue;
			}
			if (c.path("disabled").asBoolean(false) || c.path("readonly").asBoolean(false) || hidden(c, scope)) {
				continue;
			}
			FormFieldRules.Checked checked = FormFieldRules.check(c, submitted.get(key), options(c));
			if (checked.error() != null) {
				error(c.path("id").asText(key), rows, checked.error());
			}
			else if (checked.value() != null) {
				values.put(key, checked.value());
			}
		}
	}

	private List<Object> rows(JsonNode list, Object value, Map<String, Object> scope, List<Integer> rows) {
		List<Object> result = new ArrayList<>();
		if (value == null || "".equals(value)) {
			return result;
		}
		if (!(value instanceof List<?> submittedRows)) {
			refuse("'" + list.path("path").asText() + "' must be a list of rows");
			return result;
		}
		for (int i = 0; i < submittedRows.size(); i++) {
			Map<String, ?> row = map(submittedRows.get(i), list);
			Map<String, Object> rowScope = new HashMap<>(scope);
			rowScope.putAll(row);
			List<Integer> path = new ArrayList<>(rows);
			path.add(i);
			result.add(level(list.path("components"), row, rowScope, path));
		}
		return result;
	}

	@SuppressWarnings("unchecked")
	private Map<String, ?> map(Object value, JsonNode component) {
		if (value == null || "".equals(value)) {
			return Map.of();
		}
		if (value instanceof Map<?, ?> m) {
			return (Map<String, ?>) m;
		}
		refuse("'" + component.path("path").asText() + "' must be a group of fields");
		return Map.of();
	}

	/** Static options, or options the form reads from a variable ({@code valuesKey}). */
	private List<String> options(JsonNode c) {
		List<String> options = new ArrayList<>();
		c.path("values").forEach(v -> options.add(v.path("value").asText()));
		String valuesKey = text(c, "valuesKey");
		if (options.isEmpty() && valuesKey != null && context.get(valuesKey) instanceof List<?> offered) {
			offered.forEach(
					o -> options.add(o instanceof Map<?, ?> m ? String.valueOf(m.get("value")) : String.valueOf(o)));
		}
		return options.isEmpty() && (valuesKey != null || c.has("valuesExpression")) ? null : options;
	}

	private boolean hidden(JsonNode c, Map<String, Object> scope) {
		String hide = text(c.path("conditional"), "hide");
		return hide != null && FeelConditions.isTrue(hide, scope);
	}

	private void refuse(String message) {
		error(FORM_ERROR, List.of(), message);
	}

	@SuppressWarnings("unchecked")
	private void error(String id, List<Integer> rows, String message) {
		if (rows.isEmpty()) {
			((List<String>) errors.computeIfAbsent(id, k -> new ArrayList<String>())).add(message);
			return;
		}
		Map<String, Object> node = (Map<String, Object>) errors.computeIfAbsent(id,
				k -> new LinkedHashMap<String, Object>());
		for (int i = 0; i < rows.size() - 1; i++) {
			node = (Map<String, Object>) node.computeIfAbsent(String.valueOf(rows.get(i)),
					k -> new LinkedHashMap<String, Object>());
		}
		((List<String>) node.computeIfAbsent(String.valueOf(rows.get(rows.size() - 1)), k -> new ArrayList<String>()))
			.add(message);
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
	}

}
