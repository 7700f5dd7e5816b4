package org.gxpbridge.modeling.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.gxpbridge.modeling.ModelProblem;

/**
 * A Camunda Form (form-js JSON): its id is the draft's key, every component has an id and
 * a declared type, ids are unique and no two fields share a key (they would write the
 * same variable).
 */
final class FormCheck {

	static final String FORM_ID = "form-id";

	static final String COMPONENT_TYPE = "component-type";

	static final String UNIQUE_ID = "unique-id";

	static final String UNIQUE_KEY = "unique-key";

	/** The component types of form-js that the server's form validation knows. */
	static final Set<String> DECLARED_TYPES = Set.of("text", "textfield", "textarea", "number", "checkbox", "checklist",
			"radio", "select", "taglist", "datetime", "button", "group", "dynamiclist", "separator", "spacer", "html",
			"expression", "table", "image", "iframe", "filepicker", "documentPreview", "default");

	private FormCheck() {
	}

	static void check(JsonNode form, String key, List<ModelProblem> problems) {
		String id = form.path("id").asText("");
		if (!key.equals(id)) {
			problems.add(new ModelProblem(id.isEmpty() ? key : id, FORM_ID,
					"The form's id '" + id + "' must be the draft's key '" + key + "' (camunda:formRef names it)"));
		}
		if (!"default".equals(form.path("type").asText("default"))) {
			problems.add(new ModelProblem(id, COMPONENT_TYPE, "The form's type must be 'default'"));
		}
		components(form.path("components"), new HashMap<>(), new HashMap<>(), problems);
	}

	private static void components(JsonNode components, Map<String, String> ids, Map<String, String> keys,
			List<ModelProblem> problems) {
		for (JsonNode c : components) {
			String id = c.path("id").asText("");
			String type = c.path("type").asText("");
			String where = id.isEmpty() ? c.path("key").asText("(component without id)") : id;
			if (id.isEmpty()) {
				problems.add(new ModelProblem(where, UNIQUE_ID, "Every component needs an id"));
			}
			else if (ids.put(id, id) != null) {
				problems.add(new ModelProblem(id, UNIQUE_ID, "The id '" + id + "' is used twice"));
			}
			if (!DECLARED_TYPES.contains(type)) {
				problems.add(new ModelProblem(where, COMPONENT_TYPE, "'" + type
						+ "' is not a component type the server knows; use one of form-js's declared types"));
			}
			String key = c.path("key").asText("");
			if (!key.isEmpty() && !"button".equals(type)) {
				String other = keys.put(key, where);
				if (other != null) {
					problems.add(new ModelProblem(where, UNIQUE_KEY, "The key '" + key + "' of " + where
							+ " is already the key of " + other + ": two fields would write one variable"));
				}
			}
			if (c.has("components")) {
				// the fields of a dynamic list are per list item: their keys live in the
				// item
				components(c.path("components"), ids, "dynamiclist".equals(type) ? new HashMap<>() : keys, problems);
			}
		}
	}

}
