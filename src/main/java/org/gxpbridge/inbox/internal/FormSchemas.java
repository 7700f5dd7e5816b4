package org.gxpbridge.inbox.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.gxpbridge.inbox.FormField;
import org.springframework.stereotype.Component;

/**
 * Reads Camunda Forms (form-js JSON) from the deployment a process was deployed with, so
 * the page draws (form-js Viewer) and the server checks ({@link FormCheck}) exactly the
 * form that was validated with the process. Schemas are immutable per deployment and
 * cached.
 */
@Component
public class FormSchemas {

	private final RepositoryService repository;

	private final ObjectMapper json;

	private final Map<String, Optional<JsonNode>> cache = new ConcurrentHashMap<>();

	FormSchemas(RepositoryService repository, ObjectMapper json) {
		this.repository = repository;
		this.json = json;
	}

	/** The keyed fields of the form, flattened (for API clients and error lists). */
	public List<FormField> fields(String deploymentId, String formId) {
		return schema(deploymentId, formId).map(form -> parse(form.path("components"))).orElse(List.of());
	}

	/** The form-js document as deployed; empty when the step has no Camunda Form. */
	public Optional<JsonNode> schema(String deploymentId, String formId) {
		if (formId == null) {
			return Optional.empty();
		}
		return cache.computeIfAbsent(deploymentId + "/" + formId, k -> load(deploymentId, formId));
	}

	/**
	 * The values a form shows, from the process variables: the names the form declares at
	 * its top level (keys, group and list paths), structured ones parsed back from their
	 * JSON text.
	 */
	public static Map<String, Object> formData(JsonNode form, Map<String, Object> variables) {
		Map<String, Object> data = new LinkedHashMap<>();
		names(form.path("components"), (name, structured) -> {
			if (variables.get(name) != null) {
				data.put(name, FormValueTypes.formValue(variables.get(name), structured));
			}
		});
		return data;
	}

	/**
	 * The key of the field that names the record (custom property {@code businessKey:
	 * true}, set in the form editor): its value becomes the process instance's business
	 * key, so the start page does not ask for it a second time.
	 */
	public static Optional<String> businessKeyField(JsonNode form) {
		for (JsonNode c : form.path("components")) {
			if ("true".equals(c.path("properties").path("businessKey").asText()) && FormCheck.text(c, "key") != null) {
				return Optional.of(c.path("key").asText());
			}
		}
		return Optional.empty();
	}

	private static void names(JsonNode components, BiConsumer<String, Boolean> sink) {
		for (JsonNode c : components) {
			String type = c.path("type").asText();
			String path = FormCheck.text(c, "path");
			if (("group".equals(type) || "dynamiclist".equals(type)) && path == null) {
				names(c.path("components"), sink);
			}
			else if (path != null) {
				sink.accept(path, true);
			}
			else if (FormCheck.text(c, "key") != null) {
				sink.accept(c.path("key").asText(), "checklist".equals(type) || "taglist".equals(type));
			}
		}
	}

	private Optional<JsonNode> load(String deploymentId, String formId) {
		for (Resource resource : repository.getDeploymentResources(deploymentId)) {
			if (!resource.getName().endsWith(".form")) {
				continue;
			}
			try (InputStream in = repository.getResourceAsStream(deploymentId, resource.getName())) {
				JsonNode form = json.readTree(in);
				if (formId.equals(form.path("id").asText())) {
					return Optional.of(form);
				}
			}
			catch (IOException e) {
				throw new IllegalStateException(
						"Form " + resource.getName() + " of deployment " + deploymentId + " is unreadable", e);
			}
		}
		return Optional.empty();
	}

	public static List<FormField> parse(JsonNode components) {
		List<FormField> fields = new ArrayList<>();
		for (JsonNode c : components) {
			if (c.has("components") && FormCheck.text(c, "path") == null) {
				fields.addAll(parse(c.path("components")));
				continue;
			}
			List<FormField.Option> options = new ArrayList<>();
			c.path("values")
				.forEach(v -> options.add(new FormField.Option(v.path("label").asText(), v.path("value").asText())));
			fields.add(new FormField(c.path("id").asText(), c.path("type").asText(), text(c, "key"), text(c, "label"),
					text(c, "description"), c.path("validate").path("required").asBoolean(false),
					c.path("disabled").asBoolean(false), List.copyOf(options), null, plain(text(c, "text")), null));
		}
		return List.copyOf(fields);
	}

	/**
	 * Text blocks are Markdown in form-js; the inbox shows them as plain text, headings
	 * without their marks.
	 */
	private static String plain(String markdown) {
		return markdown == null ? null : markdown.replaceAll("(?m)^#{1,6}\\s*", "").replace("**", "");
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asText();
	}

}
