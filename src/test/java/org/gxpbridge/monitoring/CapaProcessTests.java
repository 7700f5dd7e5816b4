package org.gxpbridge.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.gxpbridge.monitoring.CapaModel.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.shared.InvalidInputException;
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
 * Every path of CapaProcess (820.100, ISO 13485 8.5.2), started through the module API;
 * the effectiveness timer moved with the engine clock.
 */
@GxpServerTest
@Verifies({ "A11-13", "URS-23" })
class CapaProcessTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	Workflow workflow;

	@Autowired
	Signatures signatures;

	@Autowired
	Capas capas;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditLedger ledger;

	ProcessSteps steps;

	@BeforeEach
	void setUp() {
		init(engine);
		steps = new ProcessSteps(engine, workflow, signatures);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	CapaRecord open(CapaSource source, Severity severity) {
		return capas.open(new NewCapa("Audit trail export misses reasons", "Reason column empty in CSV", source,
				"DEV-17", severity, false, false), "qm");
	}

	static LocalDate inDays(int days) {
		return LocalDate.now(ZoneOffset.UTC).plusDays(days);
	}

	ProcessInstance investigateAndPlan(CapaRecord capa) {
		ProcessInstance pi = steps.instance(capa.processInstanceId());
		steps.complete("qm", pi, TASK_INVESTIGATE, Map.of(VAR_ROOT_CAUSE_METHOD, RootCause.FIVE_WHYS, "why1",
				"export ignores the reason", "why2", "column not mapped", VAR_ROOT_CAUSE, "Mapping not reviewed"));
		capas.addAction(capa.id(), new NewCapaAction("Map the reason column", "owner", inDays(10)), "qm");
		capas.addAction(capa.id(), new NewCapaAction("Review all export mappings", "itsec", inDays(20)), "qm");
		steps.complete("qm", pi, TASK_PLAN_ACTIONS, Map.of());
		return pi;
	}

	void implementActions(ProcessInstance pi) {
		for (var task : steps.tasks(pi, TASK_IMPLEMENT_ACTION)) {
			steps.complete(task.getAssignee(), task, Map.of(VAR_ACTION_OUTCOME, "done, see SOP-12 rev 3"));
		}
	}

	/**
	 * The effectiveness timer is due after the setting (P90D), not before: move the
	 * engine clock there.
	 */
	void passEffectivenessTimer(ProcessInstance pi) {
		assertThat(pi).isWaitingAt(EVENT_EFFECTIVENESS_DUE);
		Date due = job().getDuedate();
		assertThat(due).isAfter(Date.from(Instant.now().plus(89, ChronoUnit.DAYS)));
		ClockUtil.setCurrentTime(Date.from(due.toInstant().plusSeconds(60)));
		execute(job());
	}

	@Test
	void aDeviationGoesFromInvestigationThroughActionsAndEffectivenessToSignedClosure() {
		CapaRecord capa = open(CapaSource.DEVIATION, Severity.MAJOR);
		assertThat(capa.priority()).as("CapaPriorityDecision: major, first time").isEqualTo("MEDIUM");
		assertThat(capa.dueDate()).isEqualTo(inDays(60));
		ProcessInstance pi = investigateAndPlan(capa);
		assertThat(steps.tasks(pi, TASK_IMPLEMENT_ACTION)).as("one task per action, for its owner")
			.extracting(t -> t.getAssignee())
			.containsExactlyInAnyOrder("owner", "itsec");
		implementActions(pi);
		passEffectivenessTimer(pi);
		steps.complete("qm", pi, TASK_CHECK_EFFECTIVENESS,
				Map.of(VAR_EFFECTIVE, EFFECTIVE, VAR_EFFECTIVENESS_EVIDENCE, "3 months of exports checked"));
		var signature = steps.sign("approver", pi, TASK_APPROVE_CLOSURE, "APPROVED",
				Map.of(VAR_CLOSURE_DECISION, CLOSURE_APPROVED));
		execute(job());

		assertThat(pi).isEnded()
			.hasPassedInOrder(TASK_REGISTER, TASK_INVESTIGATE, TASK_PLAN_ACTIONS, TASK_IMPLEMENT_ACTION,
					TASK_CHECK_EFFECTIVENESS, TASK_APPROVE_CLOSURE, TASK_CLOSE)
			.hasPassed(END_CLOSED)
			.hasNotPassed(TASK_DETECT);
		CapaRecord closed = capas.get(capa.id());
		assertThat(closed.status()).isEqualTo(CapaStatus.CLOSED);
		assertThat(closed.closedBy()).isEqualTo("approver");
		assertThat(closed.rootCause().whys()).containsExactly("export ignores the reason", "column not mapped");
		assertThat(closed.actions()).allSatisfy(a -> assertThat(a.status()).isEqualTo(CapaAction.DONE));
		assertThat(signatures.find(signature.signatureId()).recordChangedSinceSigning()).isFalse();
	}

	@Test
	void aCybersecurityIncidentIsRespondedToBeforeItsInvestigation_NIST_CSF_RS_RC() {
		CapaRecord capa = open(CapaSource.CYBERSECURITY_INCIDENT, Severity.MAJOR);
		assertThat(capa.priority()).isEqualTo("HIGH");
		assertThat(capa.status()).isEqualTo(CapaStatus.INCIDENT_RESPONSE);
		ProcessInstance pi = steps.instance(capa.processInstanceId());
		for (String step : new String[] { TASK_DETECT, TASK_CONTAIN, TASK_ERADICATE, TASK_RECOVER,
				TASK_LESSONS_LEARNED }) {
			steps.complete("itsec", pi, step, Map.of(VAR_INCIDENT_NOTES, "notes for " + step));
		}
		assertThat(pi).hasPassedInOrder(TASK_DETECT, TASK_CONTAIN, TASK_ERADICATE, TASK_RECOVER, TASK_LESSONS_LEARNED)
			.isWaitingAt(TASK_INVESTIGATE);
		CapaRecord investigated = capas.get(capa.id());
		assertThat(investigated.status()).isEqualTo(CapaStatus.INVESTIGATION);
		assertThat(investigated.incidentSteps()).extracting(IncidentStep::phase)
			.containsExactly(IncidentPhase.values());
	}

	@Test
	void anIneffectiveCapaGoesBackToPlanningFurtherActions() {
		CapaRecord capa = open(CapaSource.COMPLAINT, Severity.MINOR);
		ProcessInstance pi = investigateAndPlan(capa);
		implementActions(pi);
		passEffectivenessTimer(pi);
		steps.complete("qm", pi, TASK_CHECK_EFFECTIVENESS,
				Map.of(VAR_EFFECTIVE, NOT_EFFECTIVE, VAR_EFFECTIVENESS_EVIDENCE, "same complaint again in May"));
		assertThat(pi).isWaitingAt(TASK_PLAN_ACTIONS);
		assertThat(capas.get(capa.id()).status()).isEqualTo(CapaStatus.PLANNING);
		assertThatThrownBy(() -> steps.complete("qm", pi, TASK_PLAN_ACTIONS, Map.of()))
			.as("planning again needs a new action")
			.hasMessageContaining("no open action");
		capas.addAction(capa.id(), new NewCapaAction("Retrain the help desk", "owner", inDays(5)), "qm");
		steps.complete("qm", pi, TASK_PLAN_ACTIONS, Map.of());
		assertThat(steps.tasks(pi, TASK_IMPLEMENT_ACTION)).singleElement()
			.satisfies(t -> assertThat(t.getAssignee()).isEqualTo("owner"));
	}

	@Test
	void aReopenedClosureGoesBackToInvestigation() {
		CapaRecord capa = open(CapaSource.TREND, Severity.MINOR);
		ProcessInstance pi = investigateAndPlan(capa);
		implementActions(pi);
		passEffectivenessTimer(pi);
		steps.complete("qm", pi, TASK_CHECK_EFFECTIVENESS,
				Map.of(VAR_EFFECTIVE, EFFECTIVE, VAR_EFFECTIVENESS_EVIDENCE, "trend gone"));
		steps.sign("approver", pi, TASK_APPROVE_CLOSURE, "APPROVED",
				Map.of(VAR_CLOSURE_DECISION, CLOSURE_REOPENED, VAR_CLOSURE_COMMENT, "root cause too shallow"));
		assertThat(pi).isWaitingAt(TASK_INVESTIGATE).hasNotPassed(TASK_CLOSE);
		assertThat(capas.get(capa.id()).status()).isEqualTo(CapaStatus.INVESTIGATION);
	}

	@Test
	void refusesAnActionDueInThePastAndChangesNothing() {
		CapaRecord capa = open(CapaSource.GAP_ACTION, Severity.MAJOR);
		assertThatThrownBy(() -> capas.addAction(capa.id(), new NewCapaAction("Too late", "owner", inDays(-1)), "qm"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("in the past");
		assertThatThrownBy(() -> capas.addAction(capa.id(), new NewCapaAction("Nobody", "ghost", inDays(3)), "qm"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("ghost");
		assertThat(capas.get(capa.id()).actions()).isEmpty();
		assertThat(capas.get(capa.id()).version()).isEqualTo(capa.version());
	}

	@Test
	void refusesTheEffectivenessCheckAndTheClosureWhileAnActionIsOpen() {
		CapaRecord capa = open(CapaSource.AUDIT_FINDING, Severity.MAJOR);
		ProcessInstance pi = investigateAndPlan(capa);
		CapaRecord before = capas.get(capa.id());

		assertThatThrownBy(() -> capas.recordEffectiveness(capa.id(), true, "looks fine", "qm"))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("actions are open: #1 (owner), #2 (itsec)");
		assertThatThrownBy(() -> capas.close(capa.id(), "approver")).isInstanceOf(ConflictException.class)
			.hasMessageContaining("cannot be closed while actions are open");

		assertThat(capas.get(capa.id())).as("nothing changed").isEqualTo(before);
		assertThat(pi).isWaitingAt(TASK_IMPLEMENT_ACTION);
	}

	@Test
	void onlyTheOwnerCompletesAnAction() {
		CapaRecord capa = open(CapaSource.DEVIATION, Severity.MINOR);
		ProcessInstance pi = investigateAndPlan(capa);
		var ownersTask = steps.tasks(pi, TASK_IMPLEMENT_ACTION)
			.stream()
			.filter(t -> "owner".equals(t.getAssignee()))
			.findFirst()
			.orElseThrow();
		assertThatThrownBy(() -> steps.complete("qm", ownersTask, Map.of(VAR_ACTION_OUTCOME, "done for you")))
			.satisfies(e -> assertThat(e.getMessage()).containsAnyOf("assigned to 'owner'", "Only the owner (owner)"));
		assertThat(capas.get(capa.id()).actions()).allSatisfy(a -> assertThat(a.isOpen()).isTrue());
	}

	@Test
	void refusesAnUnknownSourceOrSeverityBeforeStartingAnything() {
		long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
		assertThatThrownBy(() -> CapaSource.parse("RUMOUR")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("AUDIT_FINDING");
		assertThatThrownBy(() -> capas.open(new NewCapa("t", null, null, "X-1", Severity.MINOR, false, false), "qm"))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(
				() -> capas.open(new NewCapa("t", null, CapaSource.TREND, " ", Severity.MINOR, false, false), "qm"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("source record");
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count())
			.isEqualTo(before);
	}

	@Test
	@Verifies({ "P11-70", "CHK-01", "URS-23" })
	void theClosureSignatureCoversTheCapaRecordSoAChangeInSqlShowsAndBlocksClosure_P11_70() {
		CapaRecord capa = open(CapaSource.DEVIATION, Severity.MINOR);
		ProcessInstance pi = investigateAndPlan(capa);
		implementActions(pi);
		passEffectivenessTimer(pi);
		steps.complete("qm", pi, TASK_CHECK_EFFECTIVENESS,
				Map.of(VAR_EFFECTIVE, EFFECTIVE, VAR_EFFECTIVENESS_EVIDENCE, "checked"));
		var signature = steps.sign("approver", pi, TASK_APPROVE_CLOSURE, "APPROVED",
				Map.of(VAR_CLOSURE_DECISION, CLOSURE_APPROVED));
		jdbc.update("update gxp_capa set root_cause = 'nobody knows' where id = ?", capa.id());

		assertThat(signatures.find(signature.signatureId()).recordChangedSinceSigning()).isTrue();
		assertThat(ledger.verify().problems()).as("the audit trail finds the row changed behind the server's back")
			.anyMatch(p -> p.contains("gxp_capa") && p.contains(capa.id()));
		assertThatThrownBy(() -> execute(job())).hasMessageContaining("is not closed")
			.hasMessageContaining("recordChangedSinceSigning");
		assertThat(capas.get(capa.id()).status()).isEqualTo(CapaStatus.CLOSURE);

		jdbc.update("update gxp_capa set root_cause = 'Mapping not reviewed' where id = ?", capa.id());
		execute(job());
		assertThat(pi).isEnded().hasPassed(END_CLOSED);
		assertThat(ledger.verify().problems()).as("every change of the CAPA has its ledger entry")
			.noneMatch(p -> p.contains(capa.id()));
	}

	@Test
	@Verifies({ "A11-6", "CHK-15" })
	void theAuthorOfTheCapaCannotApproveItsClosure_CHK_15() {
		CapaRecord capa = open(CapaSource.DEVIATION, Severity.MINOR);
		ProcessInstance pi = investigateAndPlan(capa);
		implementActions(pi);
		passEffectivenessTimer(pi);
		steps.complete("qm", pi, TASK_CHECK_EFFECTIVENESS,
				Map.of(VAR_EFFECTIVE, EFFECTIVE, VAR_EFFECTIVENESS_EVIDENCE, "checked"));
		assertThatThrownBy(() -> steps.sign("qm", pi, TASK_APPROVE_CLOSURE, "APPROVED",
				Map.of(VAR_CLOSURE_DECISION, CLOSURE_APPROVED)))
			.isInstanceOf(DomainException.class);
		assertThat(pi).isWaitingAt(TASK_APPROVE_CLOSURE);
	}

}
