package org.gxpbridge.workflow.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.springframework.stereotype.Component;

/**
 * Camunda Forms (form-js JSON) as deployed with a process: which field keys a person can
 * submit. A field is submittable when it has a key and is neither disabled nor readonly
 * (form-js submits neither); text, buttons and other display components have no key.
 * Groups without a path are read recursively; a group with a path and a dynamic list are
 * one variable named by the path (its value the JSON of the nested fields). Forms are
 * immutable per deployment, so cached.
 */
@Component
public class DeployedForms {

	private final RepositoryService repository;

	private final ObjectMapper json = new ObjectMapper();

	private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();

	DeployedForms(RepositoryService repository) {
		this.repository = repository;
	}

	/**
	 * Submittable field keys of form {@code formId} in the deployment; empty when the
	 * deployment has no such form.
	 */
	public Set<String> submittableKeys(String deploymentId, String formId) {
		if (formId == null) {
			return Set.of();
		}
		return cache.computeIfAbsent(deploymentId + "/" + formId,
				k -> load(deploymentId, formId).map(DeployedForms::submittableKeys).orElse(Set.of()));
	}

	/** Submittable field keys of a form-js document. */
	public static Set<String> submittableKeys(JsonNode form) {
		Set<String> keys = new LinkedHashSet<>();
		collect(form.path("components"), keys);
		return Set.copyOf(keys);
	}

	private static void collect(JsonNode components, Set<String> keys) {
		for (JsonNode c : components) {
			String path = c.path("path").asText("");
			if (c.has("components") && !path.isBlank()) {
				// a group with a path or a dynamic list: one variable holding its fields
				if (!c.path("disabled").asBoolean(false) && !c.path("readonly").asBoolean(false)) {
					keys.add(path.split("\\.")[0]);
				}
				continue;
			}
			String key = c.path("key").asText(null);
			if (key != null && !key.isBlank() && !c.path("disabled").asBoolean(false)
					&& !c.path("readonly").asBoolean(false) && !"button".equals(c.path("type").asText())) {
				keys.add(key);
			}
			if (c.has("components")) {
				collect(c.path("components"), keys);
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

}
