package org.gxpbridge.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.gxpbridge.design.DesignReviewModel.*;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.audittrail.AuditQuery;
import org.gxpbridge.risk.RiskRegister;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotPermittedException;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.SignatureView;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of DesignReviewProcess (issue 13 item 3): inputs submitted by a designer,
 * independent review (a designer refused at claim and completion, from the item's table),
 * rework back to the design team, approval refused while trace gaps are not justified,
 * the APPROVED signature over the review record, release; a record changed in SQL after
 * signing is reported and not released; an unknown item or a second review refuses the
 * start.
 */
@GxpServerTest
class DesignReviewProcessTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	Workflow workflow;

	@Autowired
	DesignItems items;

	@Autowired
	DesignReviews reviews;

	@Autowired
	RiskRegister risks;

	@Autowired
	Signatures signatures;

	@Autowired
	AuditLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	DesignFixture fixture;

	@BeforeEach
	void setUp() {
		init(engine);
		fixture = new DesignFixture(items, risks);
	}

	ProcessInstance instance(DesignReview r) {
		return engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(r.processInstanceId())
			.singleResult();
	}

	void complete(String user, String taskId, Map<String, Object> variables) {
		workflow.runAs(user, () -> {
			engine.getTaskService().claim(taskId, user);
			engine.getTaskService().complete(taskId, variables);
			return null;
		});
	}

	void submit(DesignReview r, String designer) {
		complete(designer, task(TASK_SUBMIT_INPUTS, instance(r)).getId(), Map.of(VAR_INPUTS_NOTE, "inputs ready"));
	}

	void review(DesignReview r, String reviewer, String outcome, String justifications) {
		Map<String, Object> answers = new HashMap<>();
		answers.put(VAR_FINDING_REQUIREMENTS, "requirements complete and testable");
		answers.put(VAR_FINDING_THREAT_MODEL, "STRIDE covers update and network paths");
		answers.put(VAR_FINDING_RISK_ASSESSMENT, "risks scored with the cyber decision table");
		answers.put(VAR_FINDING_VERIFICATIONS, "each requirement verified");
		answers.put(VAR_OUTCOME, outcome);
		if (justifications != null) {
			answers.put(VAR_GAP_JUSTIFICATIONS, justifications);
		}
		complete(reviewer, task(TASK_REVIEW, instance(r)).getId(), answers);
	}

	SignatureView approve(DesignReview r, String user) {
		return signatures.sign(new SignRequest(task(TASK_APPROVE, instance(r)).getId(), user, Http.DEMO_PASSWORD,
				"APPROVED", Map.of(VAR_APPROVAL_COMMENT, "review record read"), null, "127.0.0.1"));
	}

	void release(DesignReview r) {
		assertThat(instance(r)).isWaitingAt(TASK_RELEASE);
		execute(job(TASK_RELEASE, instance(r)));
	}

	@Test
	@Verifies("URS-29")
	void anIndependentlyReviewedDesignIsSignedOverItsReviewRecordAndApproved() {
		DesignItem item = fixture.complete(List.of("owner", "itsec"));
		DesignReview r = reviews.start(item.id(), "PRG-DR-1", "qm");
		ProcessInstance pi = instance(r);
		assertThat(r.id()).startsWith("DR-");
		assertThat(r.businessKey()).isEqualTo("PRG-DR-1");
		assertThat(r.startedBy()).as("the starter from the engine").isEqualTo("qm");
		assertThat(pi).isWaitingAt(TASK_SUBMIT_INPUTS).hasPassed(TASK_OPEN_REVIEW);
		assertThat(task(TASK_SUBMIT_INPUTS, pi)).as("the designers from the item's table")
			.hasCandidateUser("owner")
			.hasCandidateUser("itsec");

		submit(r, "itsec");
		assertThat(items.get(item.id()).status()).isEqualTo(DesignItem.IN_REVIEW);
		assertThat(pi).isWaitingAt(TASK_REVIEW);
		review(r, "reviewer", OUTCOME_APPROVE, null);
		assertThat(reviews.get(r.id()).status()).isEqualTo(DesignReview.REVIEWED);
		assertThat(pi).isWaitingAt(TASK_APPROVE).hasPassed(GATEWAY_OUTCOME);
		SignatureView signed = approve(r, "approver");
		release(r);

		assertThat(pi).isEnded().hasPassed(END_APPROVED);
		DesignReview approved = reviews.get(r.id());
		assertThat(approved.status()).isEqualTo(DesignReview.APPROVED);
		assertThat(approved.reviewerId()).isEqualTo("reviewer");
		assertThat(approved.findings()).containsEntry("THREAT_MODEL", "STRIDE covers update and network paths");
		assertThat(items.get(item.id()).status()).isEqualTo(DesignItem.APPROVED);
		assertThat(signatures.find(signed.signatureId()).recordChangedSinceSigning()).isFalse();
		assertThat(new String(signatures.content(signed.signatureId()), StandardCharsets.UTF_8))
			.as("the signed content is the review record with the item's inputs")
			.contains("\"type\":\"design-review\"", "\"id\":\"" + r.id() + "\"", item.threatModel().sha256(),
					"Unsigned image refused by the bootloader", "STRIDE covers update and network paths",
					"\"reviewerId\":\"reviewer\"");
		assertThat(ledger.entries(new AuditQuery(pi.getId(), null, null, null, null, 10_000)))
			.filteredOn(e -> "DesignReview".equals(e.objectType()))
			.extracting(e -> e.action() + " " + e.actorId() + " " + e.oldValue() + "->" + e.newValue())
			.contains("DESIGN_REVIEW_OPENED qm null->OPEN", "DESIGN_REVIEWED reviewer OPEN->REVIEWED",
					"DESIGN_REVIEW_APPROVED system REVIEWED->APPROVED");
	}

	@Test
	@Verifies("URS-29")
	void reworkReturnsTheDesignToItsTeamAndTheNextRoundIsReviewedAfresh() {
		DesignItem item = fixture.complete(List.of("owner"));
		DesignReview r = reviews.start(item.id(), null, "owner");
		submit(r, "owner");
		assertThatThrownBy(() -> items.addRequirement(item.id(), "REQ-9", "late", "SAFETY", "owner", null))
			.as("inputs do not move under the reviewer")
			.isInstanceOf(ConflictException.class);
		review(r, "reviewer", OUTCOME_REWORK, null);
		ProcessInstance pi = instance(r);
		assertThat(pi).isWaitingAt(TASK_SUBMIT_INPUTS).hasNotPassed(TASK_APPROVE);
		assertThat(reviews.get(r.id()).status()).isEqualTo(DesignReview.REWORK);
		assertThat(items.get(item.id()).status()).isEqualTo(DesignItem.REWORK);

		items.addRequirement(item.id(), "REQ-3", "Audit log of every dose change", "SECURITY", "owner", null);
		items.addVerification(item.id(),
				new NewVerification("V-3", "TEST", "PASS", "dose change logged", null, List.of("REQ-3"), List.of()),
				"owner", null);
		submit(r, "owner");
		DesignReview second = reviews.get(r.id());
		assertThat(second.round()).isEqualTo(2);
		assertThat(second.findings()).as("a new round starts without the earlier findings").isEmpty();
		review(r, "qm", OUTCOME_APPROVE, null);
		assertThat(pi).isWaitingAt(TASK_APPROVE);
		assertThat(reviews.get(r.id()).reviewerId()).isEqualTo("qm");
	}

	@Test
	@Verifies("URS-29")
	void aDesignerCanNeitherClaimNorCompleteTheReviewNorSignItsApproval() {
		// qm holds QUALITY_MANAGER, REVIEWER and APPROVER: only the item's table keeps qm
		// out
		DesignItem item = fixture.complete(List.of("owner", "qm"));
		DesignReview r = reviews.start(item.id(), null, "owner");
		submit(r, "owner");
		String reviewTask = task(TASK_REVIEW, instance(r)).getId();
		assertThatThrownBy(() -> workflow.runAs("qm", () -> {
			engine.getTaskService().claim(reviewTask, "qm");
			return null;
		})).hasMessageContaining("'qm' is a designer of " + item.id());
		assertThatThrownBy(() -> workflow.runAs("qm", () -> {
			engine.getTaskService().complete(reviewTask, Map.of(VAR_OUTCOME, OUTCOME_APPROVE));
			return null;
		})).hasMessageContaining("is a designer of");
		assertThat(reviews.get(r.id()).status()).isEqualTo(DesignReview.OPEN);
		assertThat(instance(r)).isWaitingAt(TASK_REVIEW);

		review(r, "reviewer", OUTCOME_APPROVE, null);
		assertThatThrownBy(() -> approve(r, "qm")).hasMessageContaining("is a designer of");
		assertThat(instance(r)).isWaitingAt(TASK_APPROVE);
		approve(r, "approver");
		assertThat(instance(r)).isWaitingAt(TASK_RELEASE);
	}

	@Test
	@Verifies("URS-29")
	void onlyADesignerSubmitsAndOnlyCompleteInputs() {
		DesignItem item = fixture.item(List.of("itsec"), false);
		items.addRequirement(item.id(), "REQ-1", "Only signed firmware is installed", "SECURITY", "itsec", null);
		assertThatThrownBy(() -> items.addRequirement(item.id(), "REQ-2", "x", "SECURITY", "owner", null))
			.isInstanceOf(NotPermittedException.class)
			.hasMessageContaining("Only a designer of " + item.id());
		DesignReview r = reviews.start(item.id(), null, "qm");
		String submitTask = task(TASK_SUBMIT_INPUTS, instance(r)).getId();
		assertThatThrownBy(() -> complete("owner", submitTask, Map.of()))
			.as("owner holds PROCESS_OWNER, a candidate group, but designed nothing: refused at claim")
			.hasMessageContaining("Only a designer of " + item.id());
		assertThatThrownBy(() -> workflow.runAs("owner", () -> {
			engine.getTaskService().complete(submitTask, Map.of());
			return null;
		})).as("and at completion").hasMessageContaining("Only a designer of " + item.id());
		assertThatThrownBy(() -> complete("itsec", submitTask, Map.of())).hasMessageContaining("threat model");
		fixture.threatModel(item, "itsec");
		complete("itsec", submitTask, Map.of());
		assertThat(instance(r)).isWaitingAt(TASK_REVIEW);
	}

	@Test
	@Verifies("URS-29")
	void approvalNeedsEveryOpenTraceGapJustified() {
		DesignItem item = fixture.item(List.of("owner"), true);
		items.addRequirement(item.id(), "REQ-1", "Only signed firmware is installed", "SECURITY", "owner", null);
		items.addRequirement(item.id(), "REQ-2", "Dose limits enforced", "SAFETY", "owner", null);
		fixture.threatModel(item, "owner");
		items.addVerification(item.id(), new NewVerification("V-1", "TEST", "FAIL", "unsigned image accepted", null,
				List.of("REQ-1"), List.of("R-001-C1")), "owner", null);
		assertThat(items.trace(item.id()).gaps()).extracting(TraceMatrix.Gap::key)
			.containsExactlyInAnyOrder("REQUIREMENT_WITHOUT_VERIFICATION:REQ-2", "RISK_WITHOUT_CONTROL:R-002",
					"CONTROL_WITHOUT_VERIFICATION:R-001-C2", "FAILED_VERIFICATION:V-1");
		DesignReview r = reviews.start(item.id(), null, "owner");
		submit(r, "owner");

		assertThatThrownBy(
				() -> review(r, "reviewer", OUTCOME_APPROVE, "FAILED_VERIFICATION:V-1: retest planned in 2.2"))
			.hasMessageContaining("open gaps without a justification")
			.hasMessageContaining("REQUIREMENT_WITHOUT_VERIFICATION:REQ-2")
			.hasMessageNotContaining("FAILED_VERIFICATION:V-1,");
		assertThatThrownBy(() -> review(r, "reviewer", OUTCOME_APPROVE, "NO_SUCH_GAP:X: because"))
			.hasMessageContaining("'NO_SUCH_GAP:X' is not an open gap");
		assertThat(reviews.get(r.id()).status()).as("a refused review stores nothing").isEqualTo(DesignReview.OPEN);

		review(r, "reviewer", OUTCOME_APPROVE,
				String.join("\n", "FAILED_VERIFICATION:V-1: retest planned in 2.2",
						"REQUIREMENT_WITHOUT_VERIFICATION:REQ-2: verified by the dose-limit release 2.0",
						"RISK_WITHOUT_CONTROL:R-002: BLE disabled in this version",
						"CONTROL_WITHOUT_VERIFICATION:R-001-C2: TLS verified at system level"));
		assertThat(instance(r)).isWaitingAt(TASK_APPROVE);
		assertThat(reviews.get(r.id()).justifications()).containsEntry("RISK_WITHOUT_CONTROL:R-002",
				"BLE disabled in this version");
	}

	@Test
	@Verifies({ "P11-10a", "P11-70", "CHK-01", "CHK-04", "URS-29" })
	void aReviewRecordChangedInSqlAfterSigningIsReportedAndNotReleased() {
		DesignItem item = fixture.complete(List.of("owner"));
		DesignReview r = reviews.start(item.id(), null, "qm");
		submit(r, "owner");
		review(r, "reviewer", OUTCOME_APPROVE, null);
		SignatureView signed = approve(r, "approver");
		jdbc.update("update gxp_design_verification set result_value = 'PASS', description = 'edited in SQL' "
				+ "where item_id = ? and verification_id = 'V-1'", item.id());

		assertThat(signatures.find(signed.signatureId()).recordChangedSinceSigning()).isTrue();
		var api = Http.as(port, "inspector").get("/api/signatures/" + signed.signatureId());
		assertThat(api.status()).isEqualTo(200);
		assertThat(api.json().get("recordChangedSinceSigning").asBoolean()).isTrue();
		assertThatThrownBy(() -> release(r)).hasMessageContaining("is not approved")
			.hasMessageContaining("recordChangedSinceSigning");
		assertThat(reviews.get(r.id()).status()).isEqualTo(DesignReview.REVIEWED);

		jdbc.update("update gxp_design_verification set description = 'Unsigned image refused by the bootloader' "
				+ "where item_id = ? and verification_id = 'V-1'", item.id());
		release(r);
		assertThat(reviews.get(r.id()).status()).isEqualTo(DesignReview.APPROVED);
	}

	@Test
	@Verifies("URS-29")
	void anUnknownItemOrASecondReviewRefusesTheStartAndStoresNothing() {
		Integer before = jdbc.queryForObject("select count(*) from gxp_design_review", Integer.class);
		assertThatThrownBy(() -> workflow.start(PROCESS_KEY, "PRG-X", Map.of(VAR_DESIGN_ITEM_ID, "DI-999999"), "qm"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("There is no design item 'DI-999999'");
		assertThat(jdbc.queryForObject("select count(*) from gxp_design_review", Integer.class)).isEqualTo(before);

		DesignItem item = fixture.complete(List.of("owner"));
		// as the umbrella starts it: business key = programme id, the item id as variable
		String pi = workflow.start(PROCESS_KEY, "PRG-7", Map.of(VAR_DESIGN_ITEM_ID, item.id()), "qm")
			.processInstanceId();
		assertThat(reviews.ofItem(item.id())).singleElement().satisfies(x -> {
			assertThat(x.processInstanceId()).isEqualTo(pi);
			assertThat(x.businessKey()).isEqualTo("PRG-7");
		});
		assertThatThrownBy(() -> reviews.start(item.id(), null, "qm")).isInstanceOf(ConflictException.class)
			.hasMessageContaining("already has the open review");
		assertThatThrownBy(() -> workflow.start(PROCESS_KEY, "PRG-7", Map.of(VAR_DESIGN_ITEM_ID, item.id()), "qm"))
			.isInstanceOf(ConflictException.class);
		assertThat(reviews.ofItem(item.id())).hasSize(1);

		engine.getRuntimeService().deleteProcessInstance(pi, "programme stopped");
		assertThat(reviews.ofItem(item.id())).singleElement()
			.satisfies(x -> assertThat(x.status()).isEqualTo(DesignReview.CANCELLED));
		assertThat(reviews.start(item.id(), "PRG-7", "qm").status()).as("the item can be reviewed again")
			.isEqualTo(DesignReview.OPEN);
	}

}
