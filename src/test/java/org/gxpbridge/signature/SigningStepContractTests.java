package org.gxpbridge.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Model contract for signing steps (STYLE.md, issue 3 item 7): every user task that
 * declares signature.meaning names only meanings SignaturePolicyDecision knows, and the
 * review and approval of DocumentApprovalProcess are signing steps.
 */
class SigningStepContractTests {

	@Test
	void everySigningStepNamesAMeaningThePolicyKnows() throws Exception {
		DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		DmnDecision policy;
		try (InputStream in = getClass().getResourceAsStream("/dmn/signature-policy.dmn")) {
			policy = engine.parseDecision("SignaturePolicyDecision", in);
		}
		Map<String, List<String>> steps = signingSteps();
		assertThat(steps).as("signing steps found in processes/").isNotEmpty();
		List<String> unknown = new ArrayList<>();
		steps.forEach((step, meanings) -> meanings.stream()
			.filter(m -> engine.evaluateDecisionTable(policy, Map.of("meaning", m)).isEmpty())
			.forEach(m -> unknown.add(step + " -> " + m)));
		assertThat(unknown).as("meanings without a SignaturePolicyDecision rule").isEmpty();
	}

	@Test
	void reviewAndApprovalOfDocumentApprovalAreSigningSteps() throws Exception {
		Map<String, List<String>> steps = signingSteps();
		assertThat(steps).containsEntry("DocumentApprovalProcess/Task_ReviewDocument", List.of("REVIEWED"))
			.containsEntry("DocumentApprovalProcess/Task_ApproveDocument", List.of("APPROVED"))
			.doesNotContainKey("DocumentApprovalProcess/Task_ReviseDocument");
	}

	private static Map<String, List<String>> signingSteps() throws Exception {
		Map<String, List<String>> steps = new LinkedHashMap<>();
		for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/**/*.bpmn")) {
			try (InputStream in = r.getInputStream()) {
				BpmnModelInstance model = Bpmn.readModelFromStream(in);
				for (UserTask task : model.getModelElementsByType(UserTask.class)) {
					List<String> meanings = model.getModelElementsByType(CamundaProperty.class)
						.stream()
						.filter(p -> p.getParentElement() != null && p.getParentElement().getParentElement() != null
								&& p.getParentElement().getParentElement().getParentElement() == task)
						.filter(p -> "signature.meaning".equals(p.getCamundaName()))
						.flatMap(p -> List.of(p.getCamundaValue().split(",")).stream())
						.map(String::trim)
						.toList();
					if (!meanings.isEmpty()) {
						// a step may sit in a sub-process: its process is the nearest
						// enclosing Process
						ModelElementInstance scope = task.getParentElement();
						while (!(scope instanceof Process)) {
							scope = scope.getParentElement();
						}
						String process = ((Process) scope).getId();
						steps.put(process + "/" + task.getId(), meanings);
					}
				}
			}
		}
		return steps;
	}

}
