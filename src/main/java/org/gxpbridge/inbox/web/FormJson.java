package org.gxpbridge.inbox.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gxpbridge.shared.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The form-js page and the server meet here. The page posts the form's values as one JSON
 * field {@code _form} beside the page's own fields (password, meaning, comment, business
 * key); a plain HTML form (or an HTTP client) may post the fields by key instead. Back to
 * the page go the schema, the values and the errors as JSON in data attributes, which the
 * {@code /app/forms.js} bundle reads (the pages' CSP allows no inline script).
 */
@Component("inboxFormJson")
class FormJson {

	static final String FORM_FIELD = "_form";

	private static final Set<String> PAGE_FIELDS = Set.of("password", "meaning", "comment");

	private final ObjectMapper json;

	FormJson(ObjectMapper json) {
		this.json = json;
	}

	Map<String, Object> submitted(Map<String, String> params, String... pageFields) {
		String posted = params.get(FORM_FIELD);
		if (posted != null && !posted.isBlank()) {
			try {
				return json.readValue(posted, new TypeReference<LinkedHashMap<String, Object>>() {
				});
			}
			catch (JsonProcessingException e) {
				throw new InvalidInputException("invalid_form_json", "The form's values are not a JSON object");
			}
		}
		Map<String, Object> values = new LinkedHashMap<>(params);
		values.keySet().removeIf(k -> k.startsWith("_") || PAGE_FIELDS.contains(k) || Set.of(pageFields).contains(k));
		return values;
	}

	void addForm(Model model, JsonNode schema, Map<String, ?> values, Map<String, Object> errors) {
		model.addAttribute("formSchema", write(schema));
		model.addAttribute("formData", write(values));
		model.addAttribute("formErrors", write(errors));
	}

	private String write(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}
