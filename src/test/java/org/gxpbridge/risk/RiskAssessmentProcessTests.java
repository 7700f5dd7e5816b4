package org.gxpbridge.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.gxpbridge.risk.RiskAssessmentModel.*;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of RiskAssessmentProcess (ISO 14971 clauses 4–8, FDA cybersecurity, IEC
 * 62304 §4.3), started through the workflow facade: acceptable, ALARP with risk control
 * and re-evaluation, unacceptable until a design change, EU market with AFAP, rejection,
 * release and retirement. Signatures, periodic review and refusals:
 * RiskAssessmentReleaseTests.
 */
@GxpServerTest
@Verifies("URS-18")
class RiskAssessmentProcessTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	Workflow workflow;

	@Autowired
	Signatures signatures;

	@Autowired
	RiskRegister register;

	RiskProcessDriver driver;

	@BeforeEach
	void setUp() {
		init(engine);
		driver = new RiskProcessDriver(engine, workflow, signatures, register);
	}

	ProcessInstance identified(boolean euMarket, RiskInput... risks) {
		ProcessInstance pi = driver.start("owner", "Pump controller");
		assertThat(pi).isWaitingAt(TASK_PLAN);
		assertThat(task(TASK_PLAN, pi)).hasCandidateGroup("QUALITY_MANAGER").hasCandidateGroup("PROCESS_OWNER");
		driver.plan("owner", pi, euMarket);
		String id = driver.registerId(pi);
		for (RiskInput r : risks) {
			register.addRisk(id, r, "owner");
		}
		driver.complete("owner", pi, TASK_IDENTIFY, Map.of(VAR_IDENTIFICATION_NOTE, "first analysis"));
		return pi;
	}

	static RiskInput acceptable() {
		return RiskInput.safety("Display unreadable", "Glare", "Nurse misreads rate", "Delay", 2, 2);
	}

	static RiskInput alarp() {
		return RiskInput.safety("Free flow", "Valve failure", "Uncontrolled infusion", "Overdose", 4, 2);
	}

	@Test
	void formsAndDecisionsAreDeployedWithTheProcess() {
		var definition = engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey(PROCESS_KEY)
			.latestVersion()
			.singleResult();
		assertThat(engine.getRepositoryService().getDeploymentResourceNames(definition.getDeploymentId())).contains(
				"processes/risk-assessment.bpmn", "dmn/risk-acceptability.dmn", "dmn/cyber-risk-control.dmn",
				"dmn/software-safety-class.dmn", "forms/risk-management-plan.form",
				"forms/risk-management-approval.form");
		for (String key : new String[] { RiskDecisions.ACCEPTABILITY_DECISION_KEY,
				RiskDecisions.CYBER_CONTROL_DECISION_KEY, RiskDecisions.SOFTWARE_SAFETY_CLASS_DECISION_KEY,
				RiskDecisions.AFAP_DECISION_KEY }) {
			assertThat(engine.getRepositoryService()
				.createDecisionDefinitionQuery()
				.decisionDefinitionKey(key)
				.latestVersion()
				.singleResult()).as(key).isNotNull();
		}
	}

	@Test
	void acceptableRisksOutsideTheEuGoToClassificationSignatureAndRelease() {
		ProcessInstance pi = identified(false, acceptable(),
				RiskInput.cyber("Log tampering", "Audit log", "Insider", "Writable log file", 2, 4));
		assertThat(pi).hasPassed(TASK_EVALUATE)
			.isWaitingAt(TASK_CLASSIFY)
			.hasNotPassed(TASK_JUSTIFY_AFAP, TASK_CONTROL);
		assertThat(pi).variables().containsEntry(VAR_OUTCOME, OUTCOME_ACCEPTABLE).containsEntry(VAR_RISK_COUNT, 2);
		driver.classify("owner", pi);
		assertThat(pi).variables().containsEntry(VAR_SOFTWARE_CLASS, "C");
		driver.conclude("owner", pi);
		assertThat(task(TASK_APPROVE, pi)).hasCandidateGroup("APPROVER");
		driver.approve("approver", pi, APPROVAL_APPROVED);
		assertThat(pi).isWaitingAt(TASK_RELEASE);
		driver.runJob(pi);
		assertThat(pi)
			.hasPassedInOrder(TASK_PLAN, TASK_IDENTIFY, TASK_EVALUATE, TASK_CLASSIFY, TASK_CONCLUDE, TASK_APPROVE,
					TASK_RELEASE)
			.isWaitingAt(GATEWAY_AWAIT_REVIEW);
		assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().count())
			.as("the periodic review timer is set")
			.isEqualTo(1);
		RiskRegisterView released = register.find(driver.registerId(pi));
		assertThat(released.status()).isEqualTo(RiskRegisterView.RELEASED);
		assertThat(released.softwareSafety().softwareSafetyClass()).isEqualTo("C");
		assertThat(released.benefitRiskConclusion()).contains("clinical benefit");
		assertThat(released.snapshots()).singleElement()
			.satisfies(s -> assertThat(s.kind()).isEqualTo(RiskSnapshot.RELEASE));
	}

	@Test
	void alarpRiskForcesRiskControlAndReEvaluationUntilItsControlsAreConfirmed() {
		ProcessInstance pi = identified(false, acceptable(), alarp());
		assertThat(pi).isWaitingAt(TASK_CONTROL).variables().containsEntry(VAR_OUTCOME, OUTCOME_CONTROL_REQUIRED);
		assertThat(task(TASK_CONTROL, pi)).hasCandidateGroup("IT_SECURITY");
		driver.complete("owner", pi, TASK_CONTROL, Map.of(VAR_CONTROL_NOTE, "nothing recorded yet"));
		assertThat(pi).as("without controls and residual scores the re-evaluation sends it back")
			.hasPassed(TASK_CONFIRM_CONTROLS)
			.isWaitingAt(TASK_CONTROL);

		String id = driver.registerId(pi);
		register.updateRisk(id, "R-002", alarp().withControls("Anti-free-flow clamp; occlusion alarm", 4, 1), "owner");
		driver.complete("owner", pi, TASK_CONTROL, Map.of(VAR_CONTROL_NOTE, "clamp and alarm"));
		assertThat(pi).isWaitingAt(TASK_CLASSIFY).variables().containsEntry(VAR_OUTCOME, OUTCOME_ACCEPTABLE);
		assertThat(register.find(id).risks()).filteredOn(r -> r.riskId().equals("R-002"))
			.singleElement()
			.satisfies(r -> {
				assertThat(r.outcomeBefore()).isEqualTo(RiskOutcome.ALARP_REVIEW);
				assertThat(r.outcomeAfter()).isEqualTo(RiskOutcome.ACCEPTABLE);
				assertThat(r.controlsConfirmed()).isTrue();
			});
	}

	@Test
	void residualAlarpWithConfirmedControlsGoesOnToTheBenefitRiskConclusion() {
		ProcessInstance pi = identified(false, alarp().withControls("Occlusion alarm", 4, 2));
		assertThat(pi).as("ALARP before controls: the risk-control step confirms them first").isWaitingAt(TASK_CONTROL);
		driver.complete("owner", pi, TASK_CONTROL, Map.of(VAR_CONTROL_NOTE, "alarm verified"));
		assertThat(pi).isWaitingAt(TASK_CLASSIFY);
	}

	@Test
	void unacceptableRiskBlocksReleaseUntilADesignChange() {
		ProcessInstance pi = identified(false,
				RiskInput.safety("Overinfusion", "Software rate error", "Wrong dose delivered", "Death", 5, 4));
		assertThat(pi).isWaitingAt(TASK_DESIGN_CHANGE).variables().containsEntry(VAR_OUTCOME, OUTCOME_UNACCEPTABLE);
		driver.complete("owner", pi, TASK_DESIGN_CHANGE,
				Map.of(VAR_DESIGN_CHANGE, "Independent hardware rate limiter, CR-42"));
		assertThat(pi).as("back to analysis with the design change").isWaitingAt(TASK_IDENTIFY);
		driver.complete("owner", pi, TASK_IDENTIFY, Map.of(VAR_IDENTIFICATION_NOTE, "not yet updated"));
		assertThat(pi).as("still unacceptable: still blocked").isWaitingAt(TASK_DESIGN_CHANGE);

		driver.complete("owner", pi, TASK_DESIGN_CHANGE, Map.of(VAR_DESIGN_CHANGE, "CR-42 implemented"));
		String id = driver.registerId(pi);
		register.updateRisk(id, "R-001",
				RiskInput.safety("Overinfusion", "Software rate error", "Wrong dose delivered", "Death", 5, 1),
				"owner");
		driver.complete("owner", pi, TASK_IDENTIFY, Map.of(VAR_IDENTIFICATION_NOTE, "after CR-42"));
		assertThat(pi).as("S5 P1 is ALARP: controls next, no release without them").isWaitingAt(TASK_CONTROL);
	}

	@Test
	void cybersecurityRiskUncontrolledAfterItsControlsNeedsADesignChange() {
		ProcessInstance pi = identified(false,
				RiskInput
					.cyber("Remote rate change", "Pump API", "Attacker on ward network", "Unauthenticated API", 4, 4)
					.withControls("Network segmentation", 4, 3));
		assertThat(pi).isWaitingAt(TASK_DESIGN_CHANGE);
		assertThat(register.find(driver.registerId(pi)).risks()).singleElement().satisfies(r -> {
			assertThat(r.outcomeAfter()).isEqualTo(RiskOutcome.UNCONTROLLED);
			assertThat(r.patchTrack()).isEqualTo("out-of-cycle");
		});
	}

	@Test
	void euMarketAddsAnAfapJustificationEvenWhenEveryRiskIsAcceptable() {
		ProcessInstance pi = identified(true, acceptable());
		assertThat(pi).isWaitingAt(TASK_JUSTIFY_AFAP).variables().containsEntry(VAR_AFAP_REQUIRED, true);
		driver.complete("qm", pi, TASK_JUSTIFY_AFAP,
				Map.of(VAR_AFAP_JUSTIFICATION, "Glare filter is state of the art"));
		assertThat(pi).hasPassed(TASK_RECORD_AFAP).isWaitingAt(TASK_CLASSIFY);
		assertThat(register.find(driver.registerId(pi)).afapJustification()).contains("state of the art");
	}

	@Test
	void rejectedApprovalGoesBackToRiskAnalysis() {
		ProcessInstance pi = identified(false, acceptable());
		driver.classify("owner", pi);
		driver.conclude("owner", pi);
		driver.approve("approver", pi, APPROVAL_REJECTED);
		assertThat(pi).isWaitingAt(TASK_IDENTIFY).hasNotPassed(TASK_RELEASE);
		assertThat(register.find(driver.registerId(pi)).status()).isEqualTo(RiskRegisterView.DRAFT);
	}

	@Test
	void retiringTheReleasedRiskFileEndsIt() {
		ProcessInstance pi = identified(false, acceptable());
		driver.classify("owner", pi);
		driver.conclude("owner", pi);
		driver.approve("approver", pi, APPROVAL_APPROVED);
		driver.runJob(pi);
		engine.getRuntimeService()
			.createMessageCorrelation(RETIRED_MESSAGE_NAME)
			.processInstanceId(pi.getId())
			.correlate();
		assertThat(pi).isEnded().hasPassed(END_RETIRED).hasNotPassed(TASK_REVIEW_SNAPSHOT);
	}

	@Test
	void anEmptyRegisterCannotLeaveRiskAnalysis() {
		ProcessInstance pi = driver.start("owner", "Nothing yet");
		driver.plan("owner", pi, false);
		assertThatThrownBy(() -> driver.complete("owner", pi, TASK_IDENTIFY, Map.of()))
			.hasMessageContaining("has no risks");
		assertThat(pi).isWaitingAt(TASK_IDENTIFY);
	}

	@Test
	void anIncompletePlanRefusesThePlanningStep() {
		ProcessInstance pi = driver.start("owner", "No plan");
		assertThatThrownBy(() -> driver.complete("owner", pi, TASK_PLAN, Map.of(VAR_SCOPE, "x", VAR_EU_MARKET, false)))
			.hasMessageContaining("intendedUse");
		assertThat(pi).isWaitingAt(TASK_PLAN);
	}

	@Test
	@Verifies("URS-20")
	void softwareThatContributesToUnacceptableRiskWithoutInjuryIsRefusedAsInvalid() {
		ProcessInstance pi = identified(false, acceptable());
		assertThatThrownBy(() -> driver.complete("owner", pi, TASK_CLASSIFY,
				Map.of(VAR_CAN_CONTRIBUTE, true, VAR_UNACCEPTABLE_AFTER_EXTERNAL, true, VAR_WORST_HARM, "none")))
			.hasMessageContaining("worstHarm");
		assertThat(pi).isWaitingAt(TASK_CLASSIFY);
		driver.complete("owner", pi, TASK_CLASSIFY,
				Map.of(VAR_CAN_CONTRIBUTE, false, VAR_UNACCEPTABLE_AFTER_EXTERNAL, false, VAR_WORST_HARM, "none"));
		assertThat(pi).variables().containsEntry(VAR_SOFTWARE_CLASS, "A");
	}

}
