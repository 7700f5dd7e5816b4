package org.gxpbridge.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.gxpbridge.controls.DocumentAcknowledgementModel.*;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.workflow.ProcessStarted;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of DocumentAcknowledgementProcess, started through the workflow facade
 * (issue 6: a non-signing decision).
 */
@GxpServerTest
class DocumentAcknowledgementProcessTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	Workflow workflow;

	String number;

	@BeforeEach
	void setUp() {
		init(engine);
		number = "SOP-" + UUID.randomUUID().toString().substring(0, 8);
	}

	ProcessInstance request() {
		ProcessStarted started = workflow.start(PROCESS_KEY, number,
				Map.of(VAR_DOCUMENT_NUMBER, number, VAR_TITLE, "Gowning"), "qm");
		return engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(started.processInstanceId())
			.singleResult();
	}

	void completeAs(String user, ProcessInstance pi, String taskKey, Map<String, Object> variables) {
		assertThat(pi).isWaitingAt(taskKey);
		String taskId = task(taskKey, pi).getId();
		workflow.runAs(user, () -> {
			engine.getTaskService().claim(taskId, user);
			engine.getTaskService().complete(taskId, variables);
			return null;
		});
	}

	@Test
	void acknowledgementIsDueInSevenDaysForReviewersAndApprovers() {
		ProcessInstance pi = request();
		assertThat(pi).isStarted().variables().containsEntry(VAR_REQUESTER, "qm");
		assertThat(task(TASK_ACKNOWLEDGE, pi)).hasCandidateGroup("REVIEWER").hasCandidateGroup("APPROVER");
		assertThat(task(TASK_ACKNOWLEDGE, pi).getDueDate().toInstant()).isBetween(
				Instant.now().plus(Duration.ofDays(7)).minusSeconds(120),
				Instant.now().plus(Duration.ofDays(7)).plusSeconds(120));
	}

	@Test
	void acknowledgedDocumentEnds() {
		ProcessInstance pi = request();
		completeAs("reviewer", pi, TASK_ACKNOWLEDGE, Map.of(VAR_OUTCOME, ACKNOWLEDGED));
		assertThat(pi).isEnded().hasPassed(END_ACKNOWLEDGED).hasNotPassed(TASK_RESOLVE_OBJECTION);
	}

	@Test
	void objectionGoesToAQualityManagerWhoResolvesIt() {
		ProcessInstance pi = request();
		completeAs("approver", pi, TASK_ACKNOWLEDGE, Map.of(VAR_OUTCOME, OBJECTED, VAR_COMMENT, "section 4 unclear"));
		assertThat(task(TASK_RESOLVE_OBJECTION, pi)).hasCandidateGroup("QUALITY_MANAGER");
		completeAs("qm", pi, TASK_RESOLVE_OBJECTION, Map.of(VAR_RESOLUTION, "clarified with the author"));
		assertThat(pi).isEnded().hasPassedInOrder(TASK_ACKNOWLEDGE, TASK_RESOLVE_OBJECTION, END_OBJECTION_RESOLVED);
	}

	@Test
	void everyIdConstantExistsInTheModel() throws IllegalAccessException {
		BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes/document-acknowledgement.bpmn").toFile());
		for (Field f : DocumentAcknowledgementModel.class.getFields()) {
			if (Modifier.isStatic(f.getModifiers()) && f.getName().matches("(START|TASK|GATEWAY|END)_.*")) {
				assertThat((Object) model.getModelElementById((String) f.get(null))).as(f.getName()).isNotNull();
			}
		}
	}

}
