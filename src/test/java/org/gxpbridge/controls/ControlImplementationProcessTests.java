package org.gxpbridge.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.gxpbridge.controls.ControlImplementationModel.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.audittrail.AuditQuery;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.documents.NewDocument;
import org.gxpbridge.gap.ActionStatus;
import org.gxpbridge.gap.GapAction;
import org.gxpbridge.gap.GapActions;
import org.gxpbridge.gap.GapAssessments;
import org.gxpbridge.gap.GapWorksheet;
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
 * Every path of ControlImplementationProcess (issue 12 item 3): plan, implementation with
 * evidence, verification by someone else (failed: back to the implementer; the
 * implementer refused), signed approval, release to EFFECTIVE closing the gap action,
 * re-verification when due, and a change behind the server's back found by the signature
 * and refused by the release step.
 */
@GxpServerTest
class ControlImplementationProcessTests {

	static final String REQUIREMENT = "21-CFR-11/11.10(d)";

	@Autowired
	ProcessEngine engine;

	@Autowired
	Workflow workflow;

	@Autowired
	ControlImplementations implementations;

	@Autowired
	Documents documents;

	@Autowired
	Signatures signatures;

	@Autowired
	GapActions gapActions;

	@Autowired
	GapAssessments gapAssessments;

	@Autowired
	GapWorksheet gapWorksheet;

	@Autowired
	AuditLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@BeforeEach
	void setUp() {
		init(engine);
	}

	ControlImplementation planned(String owner, String gapActionId) {
		return implementations.start(new NewControlPlan("MFA for the LIMS", "ACCESS_CONTROL", List.of(REQUIREMENT),
				gapActionId, owner, LocalDate.now().plusDays(30)), "itsec");
	}

	ProcessInstance instance(ControlImplementation c) {
		return engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(c.processInstanceId())
			.singleResult();
	}

	String evidence(String text) {
		return documents
			.upload(new NewDocument("mfa-config.txt", text.getBytes(StandardCharsets.UTF_8),
					"MFA configuration " + text, null, null), "owner")
			.id();
	}

	void complete(String user, String taskId, Map<String, Object> variables) {
		workflow.runAs(user, () -> {
			engine.getTaskService().claim(taskId, user);
			engine.getTaskService().complete(taskId, variables);
			return null;
		});
	}

	/** The owner links evidence and completes the implement step. */
	void implement(ControlImplementation c, String owner, String text) {
		implementations.recordImplementation(c.id(), null, List.of(evidence(text)), owner, null);
		complete(owner, task(TASK_IMPLEMENT, instance(c)).getId(), Map.of(VAR_IMPLEMENTATION, text));
	}

	void verify(ControlImplementation c, String verifier, boolean passed, String comment) {
		complete(verifier, task(TASK_VERIFY, instance(c)).getId(),
				Map.of(VAR_VERIFICATION_PASSED, String.valueOf(passed), VAR_VERIFICATION_COMMENT, comment));
	}

	SignatureView approve(ControlImplementation c) {
		return signatures.sign(new SignRequest(task(TASK_APPROVE, instance(c)).getId(), "approver", Http.DEMO_PASSWORD,
				"APPROVED", Map.of("approvalComment", "evidence checked"), null, "127.0.0.1"));
	}

	void release(ControlImplementation c) {
		assertThat(instance(c)).isWaitingAt(TASK_MAKE_EFFECTIVE);
		execute(job(TASK_MAKE_EFFECTIVE, instance(c)));
	}

	@Test
	@Verifies("URS-27")
	void aVerifiedAndSignedControlBecomesEffectiveAndIsListedForItsRequirement() {
		ControlImplementation c = planned("owner", null);
		assertThat(c.id()).startsWith("CI-");
		assertThat(c.status()).isEqualTo(ControlStatus.PLANNED);
		assertThat(c.plannedBy()).as("the initiator from the engine").isEqualTo("itsec");
		ProcessInstance pi = instance(c);
		assertThat(pi).isWaitingAt(TASK_IMPLEMENT).hasPassed(TASK_REGISTER_PLAN);
		assertThat(task(TASK_IMPLEMENT, pi)).isAssignedTo("owner");

		implement(c, "owner", "TOTP second factor enforced for every LIMS account");
		ControlImplementation implemented = implementations.get(c.id());
		assertThat(implemented.status()).isEqualTo(ControlStatus.IMPLEMENTED);
		assertThat(implemented.implementedBy()).isEqualTo("owner");
		assertThat(implemented.evidence()).singleElement().satisfies(e -> assertThat(e.sha256()).hasSize(64));

		verify(c, "reviewer", true, "second factor asked at every login");
		assertThat(implementations.get(c.id()).status()).isEqualTo(ControlStatus.VERIFIED);
		assertThat(pi).isWaitingAt(TASK_APPROVE);
		assertThat(task(TASK_APPROVE, pi)).hasCandidateGroup("QUALITY_MANAGER").hasCandidateGroup("APPROVER");
		SignatureView signed = approve(c);
		release(c);

		ControlImplementation effective = implementations.get(c.id());
		assertThat(effective.status()).isEqualTo(ControlStatus.EFFECTIVE);
		assertThat(effective.verifiedBy()).isEqualTo("reviewer");
		assertThat(pi).isWaitingAt(EVENT_REVERIFICATION_DUE);
		assertThat(signatures.find(signed.signatureId()).recordChangedSinceSigning()).isFalse();
		assertThat(new String(signatures.content(signed.signatureId()), StandardCharsets.UTF_8))
			.as("the signed content is the record with its evidence hash")
			.contains("\"type\":\"control-implementation\"", "\"id\":\"" + c.id() + "\"",
					effective.evidence().get(0).sha256(), "second factor asked at every login");
		assertThat(implementations.forRequirement(REQUIREMENT)).extracting(ControlImplementation::id).contains(c.id());
		assertThat(ledger.entries(new AuditQuery(pi.getId(), null, null, null, null, 10_000)))
			.filteredOn(e -> "ControlImplementation".equals(e.objectType()))
			.extracting(e -> e.action() + " " + e.oldValue() + "->" + e.newValue())
			.contains("CONTROL_IMPLEMENTED PLANNED->IMPLEMENTED", "CONTROL_VERIFIED IMPLEMENTED->VERIFIED",
					"CONTROL_EFFECTIVE VERIFIED->EFFECTIVE");
	}

	@Test
	@Verifies("URS-27")
	void aFailedVerificationReturnsTheControlToItsImplementerWithTheReason() {
		ControlImplementation c = planned("owner", null);
		implement(c, "owner", "password rules set");
		assertThatThrownBy(() -> verify(c, "reviewer", false, " ")).as("a failed verification says what failed")
			.hasMessageContaining("Say what failed");
		verify(c, "reviewer", false, "no second factor on the service accounts");
		ProcessInstance pi = instance(c);
		assertThat(pi).isWaitingAt(TASK_IMPLEMENT).hasPassed(GATEWAY_VERIFIED).hasNotPassed(TASK_APPROVE);
		ControlImplementation returned = implementations.get(c.id());
		assertThat(returned.status()).isEqualTo(ControlStatus.RETURNED);
		assertThat(returned.verificationComment()).isEqualTo("no second factor on the service accounts");
		assertThat(ledger.entries(new AuditQuery(pi.getId(), null, "reviewer", null, null, 10_000))).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("CONTROL_RETURNED");
			assertThat(e.oldValue()).isEqualTo("IMPLEMENTED");
			assertThat(e.newValue()).isEqualTo("RETURNED");
			assertThat(e.reason()).isEqualTo("no second factor on the service accounts");
		});

		implement(c, "owner", "password rules set; TOTP on service accounts too");
		verify(c, "reviewer", true, "fixed");
		assertThat(pi).isWaitingAt(TASK_APPROVE);
		assertThat(implementations.get(c.id()).evidence()).hasSize(2);
	}

	@Test
	@Verifies("URS-27")
	void theImplementerCannotVerifyTheirOwnControl() {
		// qm holds QUALITY_MANAGER, a verifying role: only the rule keeps them out
		ControlImplementation c = planned("qm", null);
		implement(c, "qm", "audit trail review switched on");
		String verifyTask = task(TASK_VERIFY, instance(c)).getId();
		assertThatThrownBy(() -> complete("qm", verifyTask, Map.of(VAR_VERIFICATION_PASSED, "true")))
			.hasMessageContaining("'qm' implemented control " + c.id() + " and may not verify it");
		assertThatThrownBy(() -> workflow.runAs("qm", () -> {
			engine.getTaskService().complete(verifyTask, Map.of(VAR_VERIFICATION_PASSED, "true"));
			return null;
		})).hasMessageContaining("may not verify it");
		assertThat(implementations.get(c.id()).status()).isEqualTo(ControlStatus.IMPLEMENTED);
		assertThat(instance(c)).isWaitingAt(TASK_VERIFY);
	}

	@Test
	@Verifies({ "P11-70", "CHK-01", "URS-27" })
	void aRecordChangedInSqlAfterSigningIsReportedAndNotReleased() {
		ControlImplementation c = planned("owner", null);
		implement(c, "owner", "backups encrypted");
		verify(c, "reviewer", true, "checked");
		SignatureView signed = approve(c);
		jdbc.update("update gxp_control_implementation set implementation = 'edited in SQL' where id = ?", c.id());

		assertThat(signatures.find(signed.signatureId()).recordChangedSinceSigning()).isTrue();
		var api = Http.as(port, "inspector").get("/api/signatures/" + signed.signatureId());
		assertThat(api.status()).isEqualTo(200);
		assertThat(api.json().get("recordChangedSinceSigning").asBoolean()).isTrue();
		assertThat(ledger.verify().problems()).as("the audit trail finds the row changed behind the server's back")
			.anyMatch(p -> p.contains("gxp_control_implementation") && p.contains(c.id()));
		assertThatThrownBy(() -> release(c)).hasMessageContaining("is not approved")
			.hasMessageContaining("recordChangedSinceSigning");
		assertThat(implementations.get(c.id()).status()).isEqualTo(ControlStatus.VERIFIED);

		jdbc.update("update gxp_control_implementation set implementation = 'backups encrypted' where id = ?", c.id());
		release(c);
		assertThat(implementations.get(c.id()).status()).isEqualTo(ControlStatus.EFFECTIVE);
		assertThat(ledger.verify().problems()).as("every change of the control has its ledger entry")
			.noneMatch(p -> p.contains(c.id()));
	}

	@Test
	@Verifies("URS-27")
	void anEffectiveControlClosesItsGapAction() {
		String actionId = new GapActionFixture(engine, workflow, gapAssessments, gapWorksheet, gapActions, signatures)
			.openAction();
		ControlImplementation c = planned("owner", actionId);
		implement(c, "owner", "vulnerability intake procedure in place");
		verify(c, "reviewer", true, "procedure used for two reports");
		approve(c);
		release(c);
		var action = gapActions.find(actionId).orElseThrow();
		assertThat(action.status()).isEqualTo(ActionStatus.DONE);
		assertThat(action.closureReason()).isEqualTo("Implemented by control " + c.id() + " (effective)");
	}

	@Test
	@Verifies("URS-27")
	void anEffectiveControlCountsInTheGapCoverageOfTheRequirementItImplements() {
		String actionId = new GapActionFixture(engine, workflow, gapAssessments, gapWorksheet, gapActions, signatures)
			.openAction();
		GapAction action = gapActions.find(actionId).orElseThrow();
		ControlImplementation c = implementations.start(new NewControlPlan("Coordinated vulnerability disclosure",
				"INCIDENT_RESPONSE", List.of(action.frameworkId() + "/" + action.requirementId()), actionId, "owner",
				LocalDate.now().plusDays(30)), "itsec");
		implement(c, "owner", "disclosure policy published");
		verify(c, "reviewer", true, "policy reachable from the product page");
		approve(c);
		assertThat(controlled(action)).as("a verified but not yet effective control covers nothing").isZero();
		release(c);
		assertThat(controlled(action)).as("the effective control feeds the gap coverage").isEqualTo(1);
		assertThat(implementations.forRequirement(action.frameworkId() + "/" + action.requirementId()))
			.extracting(ControlImplementation::id)
			.containsExactly(c.id());
	}

	private int controlled(GapAction action) {
		return gapWorksheet.coverage(action.assessmentId(), action.assessmentVersion())
			.stream()
			.filter(cov -> cov.frameworkId().equals(action.frameworkId()))
			.findFirst()
			.orElseThrow()
			.controlled();
	}

	@Test
	@Verifies("URS-27")
	void anEffectiveControlIsVerifiedAgainWhenDue() {
		ControlImplementation c = planned("owner", null);
		implement(c, "owner", "incident response runbook");
		verify(c, "reviewer", true, "tabletop exercise done");
		approve(c);
		release(c);
		ProcessInstance pi = instance(c);
		Job timer = engine.getManagementService()
			.createJobQuery()
			.processInstanceId(pi.getId())
			.timers()
			.singleResult();
		assertThat(timer.getDuedate()).as("P12M after effectiveness")
			.isAfter(Date.from(Instant.now().plus(Duration.ofDays(360))));
		try {
			ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(Duration.ofMinutes(1))));
			engine.getManagementService().executeJob(timer.getId());
		}
		finally {
			ClockUtil.reset();
		}
		assertThat(pi).isWaitingAt(TASK_VERIFY);
		assertThat(implementations.get(c.id()).status()).as("effective until a verification fails")
			.isEqualTo(ControlStatus.EFFECTIVE);
		verify(c, "auditor", false, "runbook contacts out of date");
		assertThat(pi).isWaitingAt(TASK_IMPLEMENT);
		assertThat(implementations.get(c.id()).status()).isEqualTo(ControlStatus.RETURNED);
	}

}
