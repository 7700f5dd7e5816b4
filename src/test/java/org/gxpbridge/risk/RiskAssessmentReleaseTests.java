package org.gxpbridge.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.gxpbridge.risk.RiskAssessmentModel.*;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.audittrail.AuditQuery;
import org.gxpbridge.shared.ReasonForChange;
import org.gxpbridge.shared.ReasonRequiredException;
import org.gxpbridge.signature.SignatureException;
import org.gxpbridge.signature.SignatureView;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an inspector checks on a risk file: the approval signature covers the register
 * version's content (P11-70), a change behind the server's back shows and blocks release,
 * the author cannot approve (CHK-15), each risk change is in the audit trail with old and
 * new value and reason (P11-10e), edits after release need a reason and start a version,
 * and the periodic review keeps a dated snapshot.
 */
@GxpServerTest
class RiskAssessmentReleaseTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	Workflow workflow;

	@Autowired
	Signatures signatures;

	@Autowired
	RiskRegister register;

	@Autowired
	RiskDecisions decisions;

	@Autowired
	AuditLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	RiskProcessDriver driver;

	@BeforeEach
	void setUp() {
		init(engine);
		driver = new RiskProcessDriver(engine, workflow, signatures, register);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	/** Up to the signing step, one acceptable safety risk, authored by owner. */
	ProcessInstance readyForApproval(String author) {
		ProcessInstance pi = driver.start(author, "Pump controller");
		driver.plan(author, pi, false);
		register.addRisk(driver.registerId(pi),
				RiskInput.safety("Display unreadable", "Glare", "Nurse misreads rate", "Delay", 2, 2), author);
		driver.complete(author, pi, TASK_IDENTIFY, Map.of(VAR_IDENTIFICATION_NOTE, "analysis"));
		driver.classify(author, pi);
		driver.conclude(author, pi);
		return pi;
	}

	@Test
	@Verifies({ "P11-70", "A11-14", "CHK-07" })
	void theApprovalSignatureCoversTheRegisterVersionAndASqlChangeBlocksRelease_P11_70() {
		ProcessInstance pi = readyForApproval("owner");
		String id = driver.registerId(pi);
		SignatureView signed = driver.approve("approver", pi, APPROVAL_APPROVED);
		assertThat(signatures.content(signed.signatureId())).asString()
			.contains("\"moduleRecord\"")
			.contains("\"risk-register\"")
			.contains(id)
			.contains("Nurse misreads rate");
		assertThat(signatures.find(signed.signatureId()).recordChangedSinceSigning()).isFalse();

		String title = "Display unreadable";
		jdbc.update("update gxp_risk set title = 'Display fine' where register_id = ? and risk_id = 'R-001'", id);
		try {
			assertThat(signatures.find(signed.signatureId()).recordChangedSinceSigning()).isTrue();
			assertThatThrownBy(() -> driver.runJob(pi)).hasMessageContaining("is not released")
				.hasMessageContaining("recordChangedSinceSigning");
			assertThat(pi).isWaitingAt(TASK_RELEASE);
			assertThat(register.find(id).status()).isEqualTo(RiskRegisterView.DRAFT);
		}
		finally {
			// the shared database must verify intact for the other tests
			jdbc.update("update gxp_risk set title = ? where register_id = ? and risk_id = 'R-001'", title, id);
		}
		assertThat(signatures.find(signed.signatureId()).recordChangedSinceSigning()).isFalse();
		driver.runJob(pi);
		assertThat(register.find(id).status()).isEqualTo(RiskRegisterView.RELEASED);
	}

	@Test
	@Verifies({ "P11-70", "A11-14", "CHK-07" })
	void aChangeThroughTheApiAfterSigningAlsoBlocksRelease() {
		ProcessInstance pi = readyForApproval("owner");
		String id = driver.registerId(pi);
		driver.approve("approver", pi, APPROVAL_APPROVED);
		register.updateRisk(id, "R-001",
				RiskInput.safety("Display unreadable", "Glare", "Nurse misreads rate", "Delay", 3, 2), "owner");
		assertThat(signatures.missingForRelease(pi.getId(), List.of(RELEASE_MEANING)))
			.hasValueSatisfying(reason -> assertThat(reason).contains("recordChangedSinceSigning"));
		assertThatThrownBy(() -> driver.runJob(pi)).hasMessageContaining("is not released");
	}

	@Test
	@Verifies({ "CHK-15", "A11-6" })
	void anAuthorOfTheRegisterCannotApproveIt_CHK_15() {
		ProcessInstance pi = readyForApproval("qm");
		assertThatThrownBy(() -> driver.approve("qm", pi, APPROVAL_APPROVED)).isInstanceOf(SignatureException.class);
		assertThat(pi).isWaitingAt(TASK_APPROVE);
	}

	@Test
	@Verifies({ "P11-10e", "A11-9" })
	void eachRiskChangeIsAuditedWithOldAndNewValueAndReason_P11_10e() {
		ProcessInstance pi = driver.start("owner", "Audit");
		String id = driver.registerId(pi);
		register.addRisk(id, RiskInput.safety("Free flow", "Valve", "Uncontrolled infusion", "Overdose", 4, 2),
				"owner");
		ReasonForChange.withReason("probability re-estimated from field data", () -> register.updateRisk(id, "R-001",
				RiskInput.safety("Free flow", "Valve", "Uncontrolled infusion", "Overdose", 4, 4), "owner"));
		var entries = ledger.entries(new AuditQuery(pi.getId(), null, null, null, null, 1000));
		assertThat(entries).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("RISK_ADDED");
			assertThat(e.objectId()).isEqualTo(id + "/R-001");
			assertThat(e.actorId()).isEqualTo("owner");
		});
		assertThat(entries).filteredOn(e -> "probability".equals(e.field())).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo("RISK_CHANGED");
			assertThat(e.oldValue()).isEqualTo("2");
			assertThat(e.newValue()).isEqualTo("4");
			assertThat(e.reason()).isEqualTo("probability re-estimated from field data");
		});
		assertThat(entries).filteredOn(e -> "outcomeBefore".equals(e.field()))
			.extracting(AuditEntry::oldValue, AuditEntry::newValue)
			.containsExactly(tuple("ALARP_REVIEW", "UNACCEPTABLE"));
	}

	@Test
	@Verifies({ "P11-10e", "A11-9" })
	void editsAfterReleaseNeedAReasonAndStartTheNextVersion() {
		ProcessInstance pi = readyForApproval("owner");
		String id = driver.registerId(pi);
		driver.approve("approver", pi, APPROVAL_APPROVED);
		driver.runJob(pi);
		RiskInput extra = RiskInput.safety("Battery", "Cell failure", "Pump stops", "Delay", 2, 1);
		assertThatThrownBy(() -> register.addRisk(id, extra, "owner")).isInstanceOf(ReasonRequiredException.class);
		assertThat(register.find(id).version()).isEqualTo(1);

		ReasonForChange.withReason("new supplier cell", () -> register.addRisk(id, extra, "owner"));
		RiskRegisterView v2 = register.find(id);
		assertThat(v2.version()).isEqualTo(2);
		assertThat(v2.status()).isEqualTo(RiskRegisterView.DRAFT);
		assertThat(v2.risks()).hasSize(2);
		RiskSnapshot released = register.snapshot(id, v2.snapshots().get(0).id());
		assertThat(released.registerVersion()).isEqualTo(1);
		assertThat(released.content()).contains("Display unreadable").doesNotContain("Cell failure");
	}

	@Test
	@Verifies("URS-18")
	void thePeriodicReviewTimerKeepsADatedSnapshotAndReopensTheRegisterForReview() {
		ProcessInstance pi = readyForApproval("owner");
		String id = driver.registerId(pi);
		driver.approve("approver", pi, APPROVAL_APPROVED);
		driver.runJob(pi);
		var timer = engine.getManagementService()
			.createJobQuery()
			.processInstanceId(pi.getId())
			.timers()
			.singleResult();
		Instant due = timer.getDuedate().toInstant();
		assertThat(due).isAfter(Instant.now().atOffset(ZoneOffset.UTC).plusMonths(11).toInstant());

		Instant moved = due.plusSeconds(60);
		ClockUtil.setCurrentTime(Date.from(moved));
		assertThat(engine.getManagementService()
			.createJobQuery()
			.processInstanceId(pi.getId())
			.timers()
			.executable()
			.count()).as("due on the engine clock").isEqualTo(1);
		driver.runJob(pi);

		assertThat(pi).hasPassed(EVENT_REVIEW_DUE, TASK_REVIEW_SNAPSHOT).isWaitingAt(TASK_IDENTIFY);
		RiskRegisterView reopened = register.find(id);
		assertThat(reopened.version()).isEqualTo(2);
		assertThat(reopened.status()).isEqualTo(RiskRegisterView.DRAFT);
		assertThat(reopened.snapshots()).extracting(RiskSnapshot::kind)
			.containsExactly(RiskSnapshot.RELEASE, RiskSnapshot.PERIODIC_REVIEW);
		RiskSnapshot review = reopened.snapshots().get(1);
		assertThat(review.takenAt()).isEqualTo(moved);
		assertThat(register.snapshot(id, review.id()).content()).contains("\"heatMapCounts\"")
			.contains("Display unreadable");

		driver.complete("owner", pi, TASK_IDENTIFY, Map.of(VAR_IDENTIFICATION_NOTE, "review: no change"));
		driver.classify("owner", pi);
		driver.conclude("owner", pi);
		driver.approve("approver", pi, APPROVAL_APPROVED);
		driver.runJob(pi);
		assertThat(register.find(id).status()).as("version 2 released on its own signature")
			.isEqualTo(RiskRegisterView.RELEASED);
	}

	@Test
	@Verifies({ "URS-02", "URS-18" })
	void outOfRangeScoresAreRefusedBeforeAnyDecisionIsEvaluated() {
		long before = engine.getHistoryService().createHistoricDecisionInstanceQuery().count();
		assertThatThrownBy(() -> decisions.acceptability(3, 7)).isInstanceOfSatisfying(InvalidRiskInputException.class,
				e -> {
					assertThat(e.field()).isEqualTo("probability");
					assertThat(e.code()).isEqualTo("invalid_risk_input");
				});
		assertThatThrownBy(() -> decisions.cyberControl(0, 3)).isInstanceOfSatisfying(InvalidRiskInputException.class,
				e -> assertThat(e.field()).isEqualTo("severity"));
		assertThatThrownBy(() -> decisions.softwareSafetyClass(true, true, "bruise"))
			.isInstanceOfSatisfying(InvalidRiskInputException.class, e -> assertThat(e.field()).isEqualTo("worstHarm"));
		assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().count()).isEqualTo(before);
		assertThat(decisions.acceptability(3, 5)).isEqualTo(RiskOutcome.UNACCEPTABLE);
		assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().count())
			.as("a valid input is evaluated by the deployed table, with history")
			.isGreaterThan(before);
	}

}
