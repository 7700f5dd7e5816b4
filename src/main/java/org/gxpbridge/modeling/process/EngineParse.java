package org.gxpbridge.modeling.process;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.gxpbridge.modeling.ModelProblem;
import org.springframework.stereotype.Component;

/**
 * The engine's own parsers, as a deployment would run them but without deploying: the
 * BPMN parse of the engine (schema, executable semantics, expressions, the parse
 * listeners of our engine plugins) and the DMN engine's transformation.
 */
@Component("modelingEngineParse")
public class EngineParse {

	public static final String ENGINE_PARSE = "engine-parse";

	private final ProcessEngineConfigurationImpl configuration;

	EngineParse(ProcessEngineConfigurationImpl configuration) {
		this.configuration = configuration;
	}

	/** The errors the engine's BPMN parse finds; empty when it would deploy. */
	public List<ModelProblem> bpmn(String resourceName, String xml) {
		DeploymentEntity dryRun = new DeploymentEntity();
		dryRun.setName("validation");
		Context.setProcessEngineConfiguration(configuration);
		try {
			BpmnParse parse = parser().createParse().deployment(dryRun);
			parse.name(resourceName);
			parse.sourceInputStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
			parse.execute();
			return List.of();
		}
		catch (ParseException e) {
			List<ModelProblem> problems = new ArrayList<>();
			for (ResourceReport report : e.getResorceReports()) {
				for (Problem p : report.getErrors()) {
					problems.add(new ModelProblem(p.getMainElementId() == null ? resourceName : p.getMainElementId(),
							ENGINE_PARSE, p.getMessage() + " (line " + p.getLine() + ")"));
				}
			}
			return problems.isEmpty() ? List.of(new ModelProblem(resourceName, ENGINE_PARSE, e.getMessage()))
					: problems;
		}
		catch (ProcessEngineException e) {
			return List.of(new ModelProblem(resourceName, ENGINE_PARSE, e.getMessage()));
		}
		finally {
			Context.removeProcessEngineConfiguration();
		}
	}

	/** The parser the engine's BPMN deployer uses, with all its parse listeners. */
	private BpmnParser parser() {
		return configuration.getDeployers()
			.stream()
			.filter(BpmnDeployer.class::isInstance)
			.map(d -> ((BpmnDeployer) d).getBpmnParser())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The engine has no BPMN deployer"));
	}

	/** The DMN engine's refusal, if any, and the decision ids it reads. */
	public List<String> dmnDecisionIds(String xml, List<ModelProblem> problems, String resourceName) {
		try {
			return configuration.getDmnEngine()
				.parseDecisions(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
				.stream()
				.map(DmnDecision::getKey)
				.toList();
		}
		catch (RuntimeException e) {
			problems.add(new ModelProblem(resourceName, ENGINE_PARSE, e.getMessage()));
			return List.of();
		}
	}

}
