package org.gxpbridge.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.gxpbridge.controls.TrainingModel.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.gxpbridge.security.Role;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every path of TrainingProcess: one task per person (never a group task), a signed
 * ACKNOWLEDGED per person and version, the overdue escalation on the engine's clock, the
 * matrix, and the curriculum a quality manager edits (ISO 13485 6.2, 820.25).
 */
@GxpServerTest
@Verifies("URS-26")
class TrainingProcessTests {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	ControlledDocuments register;

	@Autowired
	TrainingCurriculum curriculum;

	@Autowired
	Training training;

	@Autowired
	Signatures signatures;

	String number;

	@BeforeEach
	void setUp() {
		init(engine);
		number = "SOP-T" + UUID.randomUUID().toString().substring(0, 6);
		register.makeEffective(number, "1.0", "Gowning", "owner", "pi-" + number);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	/** The training instance, after its assignment job ran. */
	ProcessInstance trainingOf(String documentNumber) {
		ProcessInstance pi = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(PROCESS_KEY)
			.processInstanceBusinessKey(documentNumber + "/1.0")
			.list()
			.get(0);
		runJobs(pi.getId());
		return pi;
	}

	Task taskOf(ProcessInstance pi, String user) {
		return engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(pi.getId())
			.taskDefinitionKey(TASK_ACKNOWLEDGE)
			.taskAssignee(user)
			.singleResult();
	}

	@Test
	void eachPersonOfTheRolesGetsTheirOwnTaskAndSignsTheirOwnReadAndUnderstood() {
		curriculum.add(Role.REVIEWER, number, "qm", "reviewers apply it");
		ProcessInstance first = trainingOf(number);
		assertThat(first).as("added to the first role: training starts at once").isNotNull();

		Task reviewerTask = taskOf(first, "reviewer");
		assertThat(reviewerTask).as("one task per person").isNotNull();
		assertThat(engine.getTaskService().getIdentityLinksForTask(reviewerTask.getId()))
			.filteredOn(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
			.as("offered to that person alone, never to a group")
			.allSatisfy(l -> assertThat(l.getGroupId()).isNull())
			.extracting(l -> l.getUserId())
			.containsExactly("reviewer");
		assertThat(reviewerTask.getDueDate()).isNotNull();

		signatures.sign(new SignRequest(reviewerTask.getId(), "reviewer", Http.DEMO_PASSWORD, MEANING, Map.of(), null,
				"127.0.0.1"));
		assertThat(statusOf("reviewer")).as("recorded by its own job").isEqualTo("DUE");
		recordTraining(first.getId());
		assertThat(training.find("reviewer", number, "1.0")).get()
			.satisfies(r -> assertThat(r.acknowledgedAt()).isNotNull());
		assertThat(statusOf("reviewer")).isEqualTo("CURRENT");
		assertThat(signatures.forProcessInstance(first.getId())).singleElement().satisfies(s -> {
			assertThat(s.signerId()).isEqualTo("reviewer");
			assertThat(s.meaning()).isEqualTo("ACKNOWLEDGED");
		});

		assertThat(taskOf(first, "approver")).as("everyone of the role, each their own").isNotNull();
		assertThat(statusOf("approver")).isEqualTo("DUE");
		curriculum.add(Role.IT_SECURITY, number, "qm", "security staff apply it");
		ProcessInstance second = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(PROCESS_KEY)
			.processInstanceBusinessKey(number + "/1.0")
			.list()
			.stream()
			.filter(p -> !p.getId().equals(first.getId()))
			.findFirst()
			.orElseThrow();
		runJobs(second.getId());
		assertThat(taskOf(second, "itsec")).as("the second role's people in their own instance").isNotNull();
		assertThat(taskOf(second, "reviewer")).as("assigned once per person and version").isNull();
	}

	@Test
	void anOverdueTaskIsEscalatedToQualityManagersAndStaysWithItsPerson() {
		ClockUtil.setCurrentTime(Date.from(Instant.now().minus(20, ChronoUnit.DAYS)));
		curriculum.add(Role.AUDITOR, number, "qm", "auditors check it");
		ProcessInstance pi = trainingOf(number);
		var overdue = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers();
		assertThat(overdue.executable().count()).as("not before its due date").isZero();
		ClockUtil.reset();
		assertThat(overdue.executable().count()).as("14 days later (gxp.controls.training-due)").isPositive();
		assertThat(statusOf("auditor")).isEqualTo("OVERDUE");
		overdue.list().forEach(j -> execute(j));

		Task escalation = engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(pi.getId())
			.taskDefinitionKey(TASK_ESCALATE)
			.list()
			.get(0);
		assertThat(escalation).hasCandidateGroup("QUALITY_MANAGER");
		assertThat(taskOf(pi, "auditor")).as("non-interrupting: the person's task stays open").isNotNull();
		assertThat(engine.getRuntimeService().getVariable(escalation.getExecutionId(), VAR_TRAINEE)).isNotNull();
	}

	@Test
	void nobodyToTrainEndsAtOnce() {
		String pi = engine.getRuntimeService()
			.startProcessInstanceByKey(PROCESS_KEY, number + "/1.0",
					Map.of(VAR_DOCUMENT_NUMBER, number, VAR_VERSION, "1.0", VAR_TITLE, "Gowning"))
			.getId();
		runJobs(pi);
		assertThat(engine.getHistoryService()
			.createHistoricActivityInstanceQuery()
			.processInstanceId(pi)
			.activityId(END_NOBODY_TO_TRAIN)
			.count()).isEqualTo(1);
	}

	@Test
	void qualityManagersEditTheCurriculumWithAReasonAndNobodyElseDoes() {
		// the shared context's ledger holds more than a page of qm's entries: ask from
		// now
		Instant before = Instant.now().minusSeconds(1);
		Http qm = Http.as(port, "qm");
		assertThat(Http.as(port, "reviewer")
			.post("/api/training/curriculum", Map.of("role", "REVIEWER", "documentNumber", number, "reason", "x"))
			.status()).isEqualTo(403);
		assertThat(
				qm.post("/api/training/curriculum", Map.of("role", "IT_SECURITY", "documentNumber", number)).status())
			.as("a reason is required")
			.isEqualTo(400);
		var added = qm.post("/api/training/curriculum",
				Map.of("role", "IT_SECURITY", "documentNumber", number, "reason", "security staff apply it"));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		assertThat(qm.get("/api/training/curriculum").json().findValuesAsText("documentNumber")).contains(number);
		JsonNode ledger = Http.as(port, "auditor").get("/api/audit/entries?user=qm&from=" + before).json();
		assertThat(ledger.findValuesAsText("action")).contains("CURRICULUM_ENTRY_ADDED");
		assertThat(qm.delete("/api/training/curriculum/IT_SECURITY/" + number + "?reason=moved").status())
			.isEqualTo(204);
	}

	@Test
	void trainingOnAnUnknownDocumentIsRefusedNamingIt() {
		Http qm = Http.as(port, "qm");
		var curriculumAdd = qm.post("/api/training/curriculum",
				Map.of("role", "REVIEWER", "documentNumber", "SOP-NOPE-1", "reason", "r"));
		assertThat(curriculumAdd.status()).isEqualTo(404);
		assertThat(curriculumAdd.body()).contains("SOP-NOPE-1");
		var assignment = qm.post("/api/training/assignments", Map.of("documentNumber", "SOP-NOPE-2"));
		assertThat(assignment.status()).isEqualTo(404);
		assertThat(assignment.body()).contains("SOP-NOPE-2");
		assertThat(curriculum.entries()).noneMatch(e -> e.documentNumber().startsWith("SOP-NOPE"));
	}

	@Test
	void theMatrixListsPeopleByDocumentWithTheirStatus() {
		curriculum.add(Role.PROCESS_OWNER, number, "qm", "owners write to it");
		trainingOf(number);
		JsonNode matrix = Http.as(port, "inspector").get("/api/training/matrix").json();
		List<JsonNode> rows = matrix.findParents("documentNumber")
			.stream()
			.filter(r -> r.get("documentNumber").asText().equals(number))
			.toList();
		assertThat(rows).anySatisfy(r -> {
			assertThat(r.get("userId").asText()).isEqualTo("owner");
			assertThat(r.get("version").asText()).isEqualTo("1.0");
			assertThat(r.get("status").asText()).isEqualTo("DUE");
		});
	}

	/** Runs Task_RecordTraining, which runs as its own job after the signature. */
	void recordTraining(String processInstanceId) {
		runJobs(processInstanceId);
	}

	/** Runs the instance's asynchronous steps (not its timers). */
	void runJobs(String processInstanceId) {
		engine.getManagementService()
			.createJobQuery()
			.processInstanceId(processInstanceId)
			.messages()
			.list()
			.forEach(j -> execute(j));
	}

	String statusOf(String user) {
		return training.matrix()
			.stream()
			.filter(s -> s.userId().equals(user) && s.documentNumber().equals(number))
			.findFirst()
			.orElseThrow()
			.status();
	}

}
