package org.gxpbridge.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.gxpbridge.inbox.Inbox;
import org.gxpbridge.security.Role;
import org.gxpbridge.shared.NotPermittedException;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The training gate (21 CFR 11.10(i)): a step that names required training
 * ({@code training.requires}) cannot be claimed or signed by a person whose training on
 * that document is not current, over HTTP and in the inbox, and the refusal names the
 * missing training; once they signed their read-and-understood, they can.
 */
@GxpServerTest
class TrainingGateTests {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	ControlledDocuments register;

	@Autowired
	TrainingCurriculum curriculum;

	@Autowired
	Signatures signatures;

	@Autowired
	Inbox inbox;

	String number;

	String task;

	@BeforeEach
	void setUp() {
		number = "SOP-G" + UUID.randomUUID().toString().substring(0, 6);
		register.makeEffective(number, "1.0", "Batch record review", "owner", "pi-" + number);
		String key = "TrainingGateProbe" + number.replace("-", "");
		engine.getRepositoryService()
			.createDeployment()
			.name("training gate probe")
			.addString(key + ".bpmn", probe(key, number))
			.deploy();
		String pi = engine.getRuntimeService().startProcessInstanceByKey(key).getId();
		task = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult().getId();
	}

	static String probe(String key, String documentNumber) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Probe" targetNamespace="https://gxp-bridge.org/test">
				  <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="3650">
				    <bpmn:startEvent id="StartEvent_Probe" />
				    <bpmn:sequenceFlow id="Flow_ToReview" sourceRef="StartEvent_Probe" targetRef="Task_ReviewBatchRecord" />
				    <bpmn:userTask id="Task_ReviewBatchRecord" name="Review batch record" camunda:candidateGroups="REVIEWER">
				      <bpmn:extensionElements><camunda:properties>
				        <camunda:property name="signature.meaning" value="REVIEWED" />
				        <camunda:property name="training.requires" value="%2$s" />
				      </camunda:properties></bpmn:extensionElements>
				    </bpmn:userTask>
				    <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_ReviewBatchRecord" targetRef="EndEvent_Probe" />
				    <bpmn:endEvent id="EndEvent_Probe" />
				  </bpmn:process>
				</bpmn:definitions>
				"""
			.formatted(key, documentNumber);
	}

	@Test
	@Verifies("P11-10i")
	void anUntrainedPersonCannotClaimOrSignAndIsToldWhichTrainingIsMissing() {
		Http reviewer = Http.as(port, "reviewer");
		Http.Response claim = reviewer.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "reviewer"));
		assertThat(claim.status()).isGreaterThanOrEqualTo(400);
		assertThat(claim.body()).contains(number).contains("training");

		Http.Response sign = reviewer.post("/api/tasks/" + task + "/sign",
				Map.of("meaning", "REVIEWED", "password", Http.DEMO_PASSWORD));
		assertThat(sign.status()).isEqualTo(403);
		assertThat(sign.body()).contains(number + " version 1.0: read-and-understood not signed")
			.doesNotContain("\"signatureId\"");
		assertThat(signatures.forTask(task)).as("nothing signed").isEmpty();

		assertThatThrownBy(() -> inbox.claim(task, "reviewer")).isInstanceOf(NotPermittedException.class)
			.hasMessageContaining(number)
			.hasMessageContaining("training is not current");
		assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
	}

	@Test
	@Verifies("P11-10i")
	void oncePersonSignedTheirReadAndUnderstoodTheyClaimAndSign() {
		curriculum.add(Role.REVIEWER, number, "qm", "reviewers of batch records apply it");
		runJobs(trainingInstance(number));
		Http reviewer = Http.as(port, "reviewer");
		Http.Response claim = reviewer.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "reviewer"));
		assertThat(claim.body()).as("assigned, not yet acknowledged").contains(number + " version 1.0");

		String training = engine.getTaskService()
			.createTaskQuery()
			.processDefinitionKey(TrainingModel.PROCESS_KEY)
			.processInstanceBusinessKey(number + "/1.0")
			.taskAssignee("reviewer")
			.singleResult()
			.getId();
		signatures.sign(new SignRequest(training, "reviewer", Http.DEMO_PASSWORD, TrainingModel.MEANING, Map.of(), null,
				"127.0.0.1"));
		runJobs(trainingInstance(number));

		inbox.claim(task, "reviewer");
		Http.Response sign = reviewer.post("/api/tasks/" + task + "/sign",
				Map.of("meaning", "REVIEWED", "password", Http.DEMO_PASSWORD));
		assertThat(sign.status()).as(sign.body()).isEqualTo(200);
	}

	void runJobs(String processInstanceId) {
		engine.getManagementService()
			.createJobQuery()
			.processInstanceId(processInstanceId)
			.messages()
			.list()
			.forEach(j -> engine.getManagementService().executeJob(j.getId()));
	}

	String trainingInstance(String documentNumber) {
		return engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(TrainingModel.PROCESS_KEY)
			.processInstanceBusinessKey(documentNumber + "/1.0")
			.singleResult()
			.getId();
	}

	@Test
	@Verifies("P11-10i")
	void aNewEffectiveVersionMakesEarlierTrainingNotCurrent() {
		curriculum.add(Role.REVIEWER, number, "qm", "reviewers of batch records apply it");
		register.makeEffective(number, "2.0", "Batch record review", "owner", "pi2-" + number);
		assertThatThrownBy(() -> inbox.claim(task, "reviewer")).hasMessageContaining(number + " version 2.0");
	}

}
