package org.gxpbridge.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.gxpbridge.controls.DocumentApprovalModel.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The controlled-document lifecycle after approval (820.40, ISO 13485 4.2.4): periodic
 * review on the engine's clock, kept effective, revised (the new version supersedes the
 * old one, which stays readable and marked) or retired (signed); the register answers
 * which version was effective on a date.
 */
@GxpServerTest
class DocumentLifecycleTests {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	Workflow workflow;

	@Autowired
	ControlledDocuments register;

	@Autowired
	DocumentDrafts drafts;

	@Autowired
	Signatures signatures;

	@Autowired
	JdbcTemplate jdbc;

	String number;

	@BeforeEach
	void setUp() {
		init(engine);
		number = "SOP-L" + UUID.randomUUID().toString().substring(0, 6);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	ProcessInstance effective() {
		String pi = workflow
			.start(PROCESS_KEY, number, Map.of(VAR_DOCUMENT_NUMBER, number, VAR_TITLE, "Line clearance", VAR_VERSION,
					"1.0", VAR_CHANGE_SUMMARY, "first issue"), "owner")
			.processInstanceId();
		ProcessInstance instance = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(pi)
			.singleResult();
		sign("reviewer", instance, TASK_REVIEW, "REVIEWED", Map.of(VAR_REVIEW_OUTCOME, REVIEW_ACCEPTED));
		sign("approver", instance, TASK_APPROVE, "APPROVED", Map.of(VAR_APPROVAL_OUTCOME, APPROVAL_APPROVED));
		execute(job());
		assertThat(instance).isWaitingAt(TIMER_PERIODIC_REVIEW);
		return instance;
	}

	void sign(String user, ProcessInstance pi, String taskKey, String meaning, Map<String, Object> variables) {
		assertThat(pi).isWaitingAt(taskKey);
		signatures.sign(new SignRequest(task(taskKey, pi).getId(), user, Http.DEMO_PASSWORD, meaning, variables, null,
				"127.0.0.1"));
	}

	/** Moves the engine's clock past the periodic review date and fires the timer. */
	void periodicReviewFalls(ProcessInstance pi) {
		var timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers();
		assertThat(timer.executable().count()).as("not due before the review date").isZero();
		Instant due = register.get(number, (String) engine.getRuntimeService().getVariable(pi.getId(), VAR_VERSION))
			.nextReviewAt();
		ClockUtil.setCurrentTime(Date.from(due.plus(1, ChronoUnit.DAYS)));
		assertThat(timer.executable().count()).isEqualTo(1);
		execute(timer.singleResult());
		assertThat(pi).isWaitingAt(TASK_PERIODIC_REVIEW);
	}

	@Test
	void aSubmissionWithoutNumberOrTitleIsRefusedAndLeavesNoInstanceOrDraft() {
		long instances = engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processDefinitionKey(PROCESS_KEY)
			.count();
		Integer draftsBefore = jdbc.queryForObject("select count(*) from gxp_document_draft", Integer.class);
		assertThatThrownBy(() -> workflow.start(PROCESS_KEY, null, Map.of(VAR_CHANGE_SUMMARY, "no number"), "owner"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining(VAR_DOCUMENT_NUMBER)
			.hasMessageContaining(VAR_TITLE);
		assertThatThrownBy(() -> workflow.start(PROCESS_KEY, number, Map.of(VAR_TITLE, " "), "owner"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("missing: " + VAR_TITLE);
		assertThat(engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processDefinitionKey(PROCESS_KEY)
			.count()).as("the refused start stored no instance").isEqualTo(instances);
		assertThat(jdbc.queryForObject("select count(*) from gxp_document_draft", Integer.class))
			.isEqualTo(draftsBefore);

		// the business key is the number when the form names none; the first issue is
		// version 1
		String pi = workflow.start(PROCESS_KEY, number, Map.of(VAR_TITLE, "Gowning"), "owner").processInstanceId();
		assertThat(drafts.find(pi)).hasValueSatisfying(d -> {
			assertThat(d.documentNumber()).isEqualTo(number);
			assertThat(d.version()).isEqualTo("1");
			assertThat(d.authorId()).as("the submitter as the engine knows it, not 'system'").isEqualTo("owner");
		});
	}

	@Test
	void anEffectiveVersionIsDueForPeriodicReviewAfterTheConfiguredPeriod() {
		Instant before = Instant.now();
		effective();
		ControlledDocument doc = register.get(number, "1.0");
		assertThat(doc.nextReviewAt()).as("gxp.controls.periodic-review: P24M")
			.isBetween(before.atOffset(java.time.ZoneOffset.UTC).plusMonths(24).toInstant().minusSeconds(5),
					Instant.now().atOffset(java.time.ZoneOffset.UTC).plusMonths(24).toInstant().plusSeconds(5));
	}

	@Test
	@Verifies("URS-25")
	void periodicReviewKeepsTheVersionEffectiveAndWaitsForTheNextReview() {
		ProcessInstance pi = effective();
		periodicReviewFalls(pi);
		assertThat(task(TASK_PERIODIC_REVIEW, pi)).hasCandidateGroup("QUALITY_MANAGER");
		Instant firstReview = register.get(number, "1.0").nextReviewAt();
		sign("qm", pi, TASK_PERIODIC_REVIEW, "RESPONSIBLE",
				Map.of(VAR_PERIODIC_REVIEW_OUTCOME, PERIODIC_KEEP, VAR_PERIODIC_REVIEW_COMMENT, "still fit for use"));
		assertThat(pi).hasPassed(TASK_KEEP_EFFECTIVE).isWaitingAt(TIMER_PERIODIC_REVIEW);
		ControlledDocument kept = register.get(number, "1.0");
		assertThat(kept.status()).isEqualTo("EFFECTIVE");
		assertThat(kept.nextReviewAt()).isAfter(firstReview);
	}

	@Test
	@Verifies("URS-25")
	void revisionSupersedesTheOldVersionWhichStaysReadableAndMarked() {
		ProcessInstance pi = effective();
		Instant whileV1 = Instant.now();
		periodicReviewFalls(pi);
		ClockUtil.reset();
		sign("qm", pi, TASK_PERIODIC_REVIEW, "RESPONSIBLE",
				Map.of(VAR_PERIODIC_REVIEW_OUTCOME, PERIODIC_REVISE, VAR_PERIODIC_REVIEW_COMMENT, "new line layout"));
		assertThat(task(TASK_REVISE, pi)).isAssignedTo("owner");
		workflow.runAs("owner", () -> {
			engine.getTaskService()
				.complete(task(TASK_REVISE, pi).getId(), Map.of(VAR_VERSION, "2.0", VAR_CHANGE_SUMMARY, "layout"));
			return null;
		});
		assertThat(drafts.find(pi.getId())).get()
			.satisfies(d -> assertThat(d.version()).isEqualTo("2.0"))
			.satisfies(d -> assertThat(d.revision()).isEqualTo(2));
		sign("qm", pi, TASK_REVIEW, "REVIEWED", Map.of(VAR_REVIEW_OUTCOME, REVIEW_ACCEPTED));
		sign("approver", pi, TASK_APPROVE, "APPROVED", Map.of(VAR_APPROVAL_OUTCOME, APPROVAL_APPROVED));
		execute(job());
		assertThat(pi).isWaitingAt(TIMER_PERIODIC_REVIEW);

		assertThat(register.versions(number)).extracting(ControlledDocument::version, ControlledDocument::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("1.0", "SUPERSEDED"),
					org.assertj.core.groups.Tuple.tuple("2.0", "EFFECTIVE"));
		assertThat(register.get(number, "1.0").effectiveUntil()).isNotNull();
		assertThat(register.effectiveOn(whileV1)).filteredOn(d -> d.documentNumber().equals(number))
			.extracting(ControlledDocument::version)
			.as("which version was effective then")
			.containsExactly("1.0");
		assertThat(register.effectiveOn(Instant.now())).filteredOn(d -> d.documentNumber().equals(number))
			.extracting(ControlledDocument::version)
			.containsExactly("2.0");
		var overHttp = Http.as(port, "inspector")
			.get("/api/controlled-documents/effective?on=" + whileV1.toString())
			.json()
			.findValuesAsText("version");
		assertThat(Http.as(port, "inspector").get("/api/controlled-documents/" + number + "/versions").status())
			.isEqualTo(200);
		assertThat(overHttp).isNotEmpty();
	}

	@Test
	@Verifies("URS-25")
	void retirementIsSignedAndLeavesTheVersionReadableAndMarked() {
		ProcessInstance pi = effective();
		periodicReviewFalls(pi);
		sign("qm", pi, TASK_PERIODIC_REVIEW, "RESPONSIBLE",
				Map.of(VAR_PERIODIC_REVIEW_OUTCOME, PERIODIC_RETIRE, VAR_PERIODIC_REVIEW_COMMENT, "line closed"));
		assertThat(pi).isWaitingAt(TASK_RETIRE);
		execute(job());
		assertThat(pi).isEnded().hasPassed(END_RETIRED);
		ControlledDocument retired = register.get(number, "1.0");
		assertThat(retired.status()).isEqualTo("RETIRED");
		assertThat(retired.statusReason()).contains("line closed");
		assertThat(register.current(number)).isEmpty();
		assertThat(signatures.forProcessInstance(pi.getId())).extracting(v -> v.meaning()).contains("RESPONSIBLE");
	}

	@Test
	@Verifies("URS-25")
	void retirementRefusesWithoutAValidPeriodicReviewSignature() {
		ProcessInstance pi = effective();
		periodicReviewFalls(pi);
		sign("qm", pi, TASK_PERIODIC_REVIEW, "RESPONSIBLE",
				Map.of(VAR_PERIODIC_REVIEW_OUTCOME, PERIODIC_RETIRE, VAR_PERIODIC_REVIEW_COMMENT, "line closed"));
		List<Map<String, Object>> removed = jdbc.queryForList(
				"select * from gxp_signature where process_instance_id = ? and meaning = 'RESPONSIBLE'", pi.getId());
		jdbc.update("delete from gxp_signature where process_instance_id = ? and meaning = 'RESPONSIBLE'", pi.getId());
		try {
			assertThatThrownBy(() -> execute(job())).hasMessageContaining("not retired")
				.hasMessageContaining("no RESPONSIBLE signature");
			assertThat(register.get(number, "1.0").status()).isEqualTo("EFFECTIVE");
		}
		finally {
			// put back: the shared database's ledger seals every signature (CHK-04)
			removed.forEach(row -> jdbc.update(
					"insert into gxp_signature (" + String.join(", ", row.keySet()) + ") values ("
							+ String.join(", ", row.keySet().stream().map(k -> "?").toList()) + ")",
					row.values().toArray()));
		}
	}

	@Test
	@Verifies("URS-25")
	void aRejectedDraftIsMarkedAndNeverEntersTheRegister() {
		String pi = workflow
			.start(PROCESS_KEY, number, Map.of(VAR_DOCUMENT_NUMBER, number, VAR_TITLE, "Line clearance", VAR_VERSION,
					"1.0", VAR_CHANGE_SUMMARY, "first issue"), "owner")
			.processInstanceId();
		ProcessInstance instance = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(pi)
			.singleResult();
		assertThat(drafts.find(pi)).get().extracting(DocumentDraft::status).isEqualTo("IN_REVIEW");
		sign("reviewer", instance, TASK_REVIEW, "REVIEWED",
				Map.of(VAR_REVIEW_OUTCOME, REVIEW_REJECTED, VAR_REVIEW_COMMENT, "wrong scope"));
		assertThat(instance).isEnded().hasPassed(TASK_RECORD_REJECTION, END_REJECTED);
		assertThat(drafts.find(pi)).get().extracting(DocumentDraft::status).isEqualTo("REJECTED");
		assertThatThrownBy(() -> register.versions(number)).hasMessageContaining(number);
	}

	@Test
	@Verifies("P11-70")
	void theReviewSignatureCoversTheDraftInTheModuleTableAndSeesItChangeBehindTheServersBack() {
		String pi = workflow
			.start(PROCESS_KEY, number, Map.of(VAR_DOCUMENT_NUMBER, number, VAR_TITLE, "Line clearance", VAR_VERSION,
					"1.0", VAR_CHANGE_SUMMARY, "first issue"), "owner")
			.processInstanceId();
		ProcessInstance instance = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(pi)
			.singleResult();
		sign("reviewer", instance, TASK_REVIEW, "REVIEWED", Map.of(VAR_REVIEW_OUTCOME, REVIEW_ACCEPTED));
		String signatureId = signatures.forProcessInstance(pi).get(0).signatureId();
		assertThat(Http.as(port, "inspector")
			.get("/api/signatures/" + signatureId)
			.json()
			.get("recordChangedSinceSigning")
			.asBoolean()).isFalse();

		String summary = jdbc.queryForObject(
				"select change_summary from gxp_document_draft where process_instance_id = ?", String.class, pi);
		jdbc.update("update gxp_document_draft set change_summary = 'quietly edited' where process_instance_id = ?",
				pi);
		try {
			assertThat(Http.as(port, "inspector")
				.get("/api/signatures/" + signatureId)
				.json()
				.get("recordChangedSinceSigning")
				.asBoolean()).isTrue();
			sign("approver", instance, TASK_APPROVE, "APPROVED", Map.of(VAR_APPROVAL_OUTCOME, APPROVAL_APPROVED));
			assertThatThrownBy(() -> execute(job())).hasMessageContaining("not made effective")
				.hasMessageContaining("recordChangedSinceSigning");
		}
		finally {
			// put back: the shared database's ledger seals the draft (CHK-04)
			jdbc.update("update gxp_document_draft set change_summary = ? where process_instance_id = ?", summary, pi);
		}
	}

}
