package org.gxpbridge.modeling.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.gxpbridge.modeling.DeployedModel;
import org.gxpbridge.modeling.ModelKind;
import org.gxpbridge.workflow.ShippedModelsRelease;
import org.springframework.stereotype.Component;

/**
 * The models as the engine holds them. Every deployment of models (a release's shipped
 * models or an approved change) holds all of them, so the newest such deployment is the
 * current set, and a change is deployed as that set with one resource replaced or added.
 */
@Component("modelingEngineModels")
public class EngineModels {

	private final RepositoryService repository;

	private final ObjectMapper json = new ObjectMapper();

	EngineModels(RepositoryService repository) {
		this.repository = repository;
	}

	/** The deployment holding the current models (null before the first deployment). */
	public Deployment current() {
		List<Deployment> latest = repository.createDeploymentQuery()
			.deploymentNameLike("gxp-bridge-model%")
			.orderByDeploymentTime()
			.desc()
			.orderByDeploymentId()
			.desc()
			.listPage(0, 1);
		return latest.isEmpty() ? null : latest.get(0);
	}

	/** The current models: every process, decision and form of the current deployment. */
	public List<DeployedModel> list() {
		Deployment current = current();
		if (current == null) {
			return List.of();
		}
		List<DeployedModel> models = new ArrayList<>();
		for (ProcessDefinition p : repository.createProcessDefinitionQuery()
			.deploymentId(current.getId())
			.orderByProcessDefinitionKey()
			.asc()
			.list()) {
			models.add(new DeployedModel(ModelKind.BPMN, p.getKey(), p.getName(), p.getResourceName(), p.getVersion(),
					current.getId()));
		}
		for (DecisionDefinition d : repository.createDecisionDefinitionQuery()
			.deploymentId(current.getId())
			.orderByDecisionDefinitionKey()
			.asc()
			.list()) {
			models.add(new DeployedModel(ModelKind.DMN, d.getKey(), d.getName(), d.getResourceName(), d.getVersion(),
					current.getId()));
		}
		int formVersion = (int) repository.createDeploymentQuery().deploymentNameLike("gxp-bridge-model%").count();
		resources(current.getId()).forEach((name, bytes) -> {
			if (ModelKind.ofResource(name) == ModelKind.FORM) {
				JsonNode form = readJson(bytes);
				String id = form.path("id").asText(name);
				models.add(new DeployedModel(ModelKind.FORM, id, id, name, formVersion, current.getId()));
			}
		});
		return models;
	}

	/** The current model of this kind and key. */
	public Optional<DeployedModel> find(ModelKind kind, String key) {
		return list().stream().filter(m -> m.kind() == kind && m.key().equals(key)).findFirst();
	}

	/** All resources of a deployment by name, in name order. */
	public Map<String, byte[]> resources(String deploymentId) {
		Map<String, byte[]> all = new LinkedHashMap<>();
		for (String name : repository.getDeploymentResourceNames(deploymentId).stream().sorted().toList()) {
			try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
				all.put(name, in.readAllBytes());
			}
			catch (IOException e) {
				throw new IllegalStateException("Cannot read " + name + " of deployment " + deploymentId, e);
			}
		}
		return all;
	}

	/** The text of one resource of a deployment. */
	public String text(String deploymentId, String resourceName) {
		try (InputStream in = repository.getResourceAsStream(deploymentId, resourceName)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot read " + resourceName, e);
		}
	}

	/** The field keys of every current form, by form id (for the model contract). */
	public Map<String, JsonNode> currentForms() {
		Map<String, JsonNode> forms = new LinkedHashMap<>();
		Deployment current = current();
		if (current != null) {
			resources(current.getId()).forEach((name, bytes) -> {
				if (ModelKind.ofResource(name) == ModelKind.FORM) {
					JsonNode form = readJson(bytes);
					forms.put(form.path("id").asText(name), form);
				}
			});
		}
		return forms;
	}

	/**
	 * Deploys the current set with {@code resourceName} replaced (or added) by
	 * {@code content}, named for change control and with the change id as its source.
	 */
	Deployment deployChange(String changeId, Map<String, byte[]> resources) {
		DeploymentBuilder builder = repository.createDeployment()
			.name(ShippedModelsRelease.CHANGE_DEPLOYMENT_NAME)
			.source(changeId);
		resources.forEach((name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
		return builder.deploy();
	}

	private JsonNode readJson(byte[] bytes) {
		try {
			return json.readTree(bytes);
		}
		catch (IOException e) {
			throw new IllegalStateException("A deployed form is not JSON", e);
		}
	}

}
