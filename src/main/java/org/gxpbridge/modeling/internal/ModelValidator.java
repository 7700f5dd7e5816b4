package org.gxpbridge.modeling.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.xml.ModelException;
import org.gxpbridge.modeling.ModelContract;
import org.gxpbridge.modeling.ModelKind;
import org.gxpbridge.modeling.ModelProblem;
import org.gxpbridge.modeling.ModelValidation;
import org.gxpbridge.modeling.process.EngineModels;
import org.gxpbridge.modeling.process.EngineParse;
import org.gxpbridge.workflow.WorkflowSettings;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Validates a draft as ModelChangeProcess and the draft API need it. {@link #refusals}
 * are what is never stored (unsafe or malformed text: 400); {@link #validate} is the full
 * check: the engine's own parsers, the model contract ({@link ModelContract}), UNIQUE
 * tables without overlapping rules, forms with unique ids and keys and declared types.
 */
@Component("modelValidator")
public class ModelValidator {

	/** Larger than any model we ship by two orders of magnitude. */
	static final int MAX_CHARS = 2_000_000;

	static final String MODEL_KEY = "model-key";

	private final ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

	private final EngineParse parse;

	private final EngineModels models;

	private final WorkflowSettings settings;

	private final ApplicationContext context;

	ModelValidator(EngineParse parse, EngineModels models, WorkflowSettings settings, ApplicationContext context) {
		this.parse = parse;
		this.models = models;
		this.settings = settings;
		this.context = context;
	}

	/**
	 * Why this content is refused outright (nothing stored); empty when it may be stored.
	 */
	public List<ModelProblem> refusals(ModelKind kind, String key, String content) {
		if (content == null || content.isBlank()) {
			return List.of(new ModelProblem(key, "content", "The content is empty"));
		}
		if (content.length() > MAX_CHARS) {
			return List.of(new ModelProblem(key, "size", "The content is larger than " + MAX_CHARS + " characters"));
		}
		if (kind == ModelKind.FORM) {
			try {
				json.readTree(content);
				return List.of();
			}
			catch (JsonProcessingException e) {
				return List.of(new ModelProblem(key, "malformed-json",
						"The form is not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse("")));
			}
			catch (IOException e) {
				return List.of(new ModelProblem(key, "malformed-json", "The form cannot be read: " + e.getMessage()));
			}
		}
		return SecureXml.asList(SecureXml.check(content, key));
	}

	/** The full validation of content that passed {@link #refusals}. */
	public ModelValidation validate(ModelKind kind, String key, String resourceName, String content) {
		List<ModelProblem> refused = refusals(kind, key, content);
		if (!refused.isEmpty()) {
			return ModelValidation.of(refused, List.of());
		}
		List<ModelProblem> problems = new ArrayList<>();
		List<ModelProblem> notes = new ArrayList<>();
		switch (kind) {
			case BPMN -> bpmn(key, resourceName, content, problems);
			case DMN -> dmn(key, resourceName, content, problems, notes);
			case FORM -> FormCheck.check(readJson(content), key, problems);
		}
		return ModelValidation.of(problems, notes);
	}

	private void bpmn(String key, String resourceName, String content, List<ModelProblem> problems) {
		BpmnModelInstance model;
		try {
			model = Bpmn.readModelFromStream(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (ModelException e) {
			// the engine's parser names the element and line where the model API only
			// says that the schema check failed
			List<ModelProblem> engine = parse.bpmn(resourceName, content);
			problems.addAll(engine.isEmpty() ? List.of(new ModelProblem(key, EngineParse.ENGINE_PARSE,
					"Not a BPMN 2.0 model: " + e.getMessage() + causes(e))) : engine);
			return;
		}
		Set<String> processIds = new HashSet<>();
		model.getModelElementsByType(Process.class).forEach(p -> processIds.add(p.getId()));
		if (!processIds.contains(key)) {
			problems.add(new ModelProblem(key, MODEL_KEY,
					"The model has no process with the id '" + key + "' (it has " + processIds + ")"));
		}
		problems.addAll(parse.bpmn(resourceName, content));
		problems.addAll(ModelContract.check(model, contractContext()));
	}

	private void dmn(String key, String resourceName, String content, List<ModelProblem> problems,
			List<ModelProblem> notes) {
		DmnModelInstance model;
		try {
			model = Dmn.readModelFromStream(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (ModelException e) {
			problems.add(new ModelProblem(key, EngineParse.ENGINE_PARSE, "Not a DMN 1.3 model: " + e.getMessage()));
			return;
		}
		List<String> decisions = parse.dmnDecisionIds(content, problems, resourceName);
		if (problems.isEmpty() && !decisions.contains(key)) {
			problems.add(new ModelProblem(key, MODEL_KEY,
					"The model has no decision with the id '" + key + "' (it has " + decisions + ")"));
		}
		DmnTableCheck.check(model, problems, notes);
	}

	private static String causes(Throwable e) {
		StringBuilder why = new StringBuilder();
		for (Throwable c = e.getCause(); c != null && why.length() < 500; c = c.getCause()) {
			why.append(": ").append(c.getMessage());
		}
		return why.toString();
	}

	/** What the contract checks a BPMN draft against: the current forms and settings. */
	public ModelContract.Context contractContext() {
		Map<String, Set<String>> formKeys = new HashMap<>();
		models.currentForms().forEach((id, form) -> formKeys.put(id, new HashSet<>(form.findValuesAsText("key"))));
		return new ModelContract.Context(formKeys, settings.retentionDays(), context::containsBean);
	}

	private JsonNode readJson(String content) {
		try {
			return json.readTree(content);
		}
		catch (IOException e) {
			throw new IllegalStateException("checked by refusals", e);
		}
	}

}
