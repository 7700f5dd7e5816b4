package org.gxpbridge.inbox.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.gxpbridge.inbox.FormField;
import org.springframework.stereotype.Component;

/**
 * Reads Camunda Forms (form-js JSON) from the deployment a process was deployed with, so
 * the inbox renders exactly the form that was validated with the process. Schemas are
 * immutable per deployment and cached.
 */
@Component
public class FormSchemas {

	private final RepositoryService repository;

	private final ObjectMapper json;

	private final Map<String, List<FormField>> cache = new ConcurrentHashMap<>();

	FormSchemas(RepositoryService repository, ObjectMapper json) {
		this.repository = repository;
		this.json = json;
	}

	public List<FormField> fields(String deploymentId, String formId) {
		if (formId == null) {
			return List.of();
		}
		return cache.computeIfAbsent(deploymentId + "/" + formId, k -> load(deploymentId, formId).orElse(List.of()));
	}

	private Optional<List<FormField>> load(String deploymentId, String formId) {
		for (Resource resource : repository.getDeploymentResources(deploymentId)) {
			if (!resource.getName().endsWith(".form")) {
				continue;
			}
			try (InputStream in = repository.getResourceAsStream(deploymentId, resource.getName())) {
				JsonNode form = json.readTree(in);
				if (formId.equals(form.path("id").asText())) {
					return Optional.of(parse(form.path("components")));
				}
			}
			catch (IOException e) {
				throw new IllegalStateException(
						"Form " + resource.getName() + " of deployment " + deploymentId + " is unreadable", e);
			}
		}
		return Optional.empty();
	}

	static List<FormField> parse(JsonNode components) {
		List<FormField> fields = new ArrayList<>();
		for (JsonNode c : components) {
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
