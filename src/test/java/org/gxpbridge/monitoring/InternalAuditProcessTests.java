package org.gxpbridge.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.gxpbridge.monitoring.InternalAuditModel.*;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.documents.DocumentKind;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.documents.NewDocument;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotPermittedException;
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
 * Every path of InternalAuditProcess (ISO 13485 8.2.4): the audit timer from
 * AuditFrequencyDecision moved with the engine clock, the independent auditor, findings
 * with evidence, the signed report, CAPA or justified closure per finding, the next cycle
 * and retirement.
 */
@GxpServerTest
@Verifies("URS-22")
class InternalAuditProcessTests {

	static final String SCOPE = "21-CFR-11/11.10(e)\nSOP-QA-7 4.2: audit trail reviewed monthly\n\n21-CFR-11/11.10(e)";

	@Autowired
	ProcessEngine engine;

	@Autowired
	Workflow workflow;

	@Autowired
	Signatures signatures;

	@Autowired
	AuditProgramme programme;

	@Autowired
	AuditWork audits;

	@Autowired
	Capas capas;

	@Autowired
	Documents documents;

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

	AuditArea enrol(RiskLevel risk) {
		return programme.enrol(
				new NewAuditArea("Data integrity " + UUID.randomUUID().toString().substring(0, 6), "owner", risk),
				"qm");
	}

	/** The audit timer waits the decided interval: move the engine clock past it. */
	void passAuditTimer(ProcessInstance pi, int months) {
		assertThat(pi).isWaitingAt(EVENT_AUDIT_DUE);
		Instant due = job().getDuedate().toInstant();
		Instant expected = Instant.now().atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
		assertThat(due).isBetween(expected.minusSeconds(3600), expected.plusSeconds(3600));
		ClockUtil.setCurrentTime(Date.from(due.plusSeconds(60)));
		execute(job());
	}

	String auditId(ProcessInstance pi) {
		return (String) engine.getRuntimeService().getVariable(pi.getId(), VAR_AUDIT_ID);
	}

	ProcessInstance plannedAudit(AuditArea area) {
		ProcessInstance pi = steps.instance(area.processInstanceId());
		passAuditTimer(pi, area.riskLevel() == RiskLevel.HIGH ? 6 : area.riskLevel() == RiskLevel.MEDIUM ? 12 : 12);
		steps.complete("qm", pi, TASK_PLAN, Map.of(VAR_AUDITOR, "auditor", VAR_SCOPE, SCOPE));
		return pi;
	}

	String evidence() {
		return documents
			.upload(new NewDocument("audit-trail-sample.txt",
					"ledger extract, 3 entries without reason".getBytes(StandardCharsets.UTF_8), "Audit trail sample",
					DocumentKind.AUDIT_EVIDENCE, null), "auditor")
			.id();
	}

	@Test
	void aFindingOfAHighRiskAreaRaisesACapaAndBringsTheNextAuditForward() {
		AuditArea area = enrol(RiskLevel.HIGH);
		assertThat(programme.area(area.id()).auditInterval()).as("HIGH, never audited").isEqualTo("P6M");
		ProcessInstance pi = plannedAudit(area);
		String auditId = auditId(pi);
		assertThat(audits.audit(auditId).checklist()).as("checklist from the catalogue and the scope, duplicates once")
			.extracting(ChecklistItem::requirementId)
			.containsExactly("21-CFR-11/11.10(e)", "SOP-QA-7 4.2");
		assertThat(audits.audit(auditId).checklist().get(0).requirementText()).as("title from the catalogue")
			.isEqualTo("Audit trail");
		assertThat(steps.task(pi, TASK_EXECUTE).getAssignee()).isEqualTo("auditor");
		String document = evidence();
		AuditFinding finding = audits.addFinding(auditId,
				new NewFinding(Severity.MAJOR, "21-CFR-11/11.10(e)", "Changes without reason", List.of(document)),
				"auditor");
		steps.complete("auditor", pi, TASK_EXECUTE, Map.of(VAR_SUMMARY, "One major finding"));
		steps.sign("approver", pi, TASK_APPROVE_REPORT, "APPROVED", Map.of(VAR_REPORT_DECISION, REPORT_APPROVED));
		steps.complete("qm", pi, TASK_DISPOSE_FINDING, Map.of(VAR_DISPOSITION, RAISE_CAPA));
		execute(job());

		AuditFinding disposed = audits.audit(auditId).findings().get(0);
		assertThat(disposed.capaId()).isNotNull();
		CapaRecord capa = capas.get(disposed.capaId());
		assertThat(capa.source()).isEqualTo(CapaSource.AUDIT_FINDING);
		assertThat(capa.sourceReference()).isEqualTo(finding.id());
		assertThat(capa.openedBy()).isEqualTo("qm");
		assertThat(steps.instance(capa.processInstanceId())).isWaitingAt(CapaModel.TASK_INVESTIGATE);
		assertThat(audits.audit(auditId).status()).isEqualTo("CLOSED");
		assertThat(programme.area(area.id()).lastOutcome()).isEqualTo(AuditOutcome.MAJOR_FINDINGS);
		assertThat(pi)
			.hasPassedInOrder(TASK_PLAN, TASK_EXECUTE, TASK_APPROVE_REPORT, TASK_DISPOSE_FINDING, TASK_CLOSE_CYCLE)
			.isWaitingAt(EVENT_AUDIT_DUE);
		assertThat(programme.area(area.id()).auditInterval()).as("HIGH after a major finding").isEqualTo("P3M");
	}

	@Test
	void theAreaOwnerMayNotAuditTheirOwnArea() {
		AuditArea area = enrol(RiskLevel.MEDIUM);
		ProcessInstance pi = steps.instance(area.processInstanceId());
		passAuditTimer(pi, 12);
		assertThatThrownBy(() -> steps.complete("qm", pi, TASK_PLAN, Map.of(VAR_AUDITOR, "owner", VAR_SCOPE, SCOPE)))
			.hasMessageContaining("owns the area")
			.hasMessageContaining("may not audit it");
		assertThat(pi).isWaitingAt(TASK_PLAN);
		assertThat(audits.audit(auditId(pi)).status()).isEqualTo("SCHEDULED");
		assertThat(audits.audit(auditId(pi)).checklist()).isEmpty();
	}

	@Test
	void refusesAScopeNamingARequirementOrFrameworkTheCatalogueDoesNotHold() {
		AuditArea area = enrol(RiskLevel.MEDIUM);
		ProcessInstance pi = steps.instance(area.processInstanceId());
		passAuditTimer(pi, 12);
		assertThatThrownBy(() -> steps.complete("qm", pi, TASK_PLAN,
				Map.of(VAR_AUDITOR, "auditor", VAR_SCOPE, "21-CFR-11/11.99(z)")))
			.hasMessageContaining("no such requirement in 21-CFR-11");
		assertThatThrownBy(() -> steps.complete("qm", pi, TASK_PLAN,
				Map.of(VAR_AUDITOR, "auditor", VAR_SCOPE, "framework:ISO-9999")))
			.hasMessageContaining("no framework 'ISO-9999'");
		assertThat(pi).isWaitingAt(TASK_PLAN);
		assertThat(audits.audit(auditId(pi)).checklist()).isEmpty();
	}

	@Test
	void aFindingClosedWithJustificationRaisesNoCapaButNeedsTheJustification() {
		AuditArea area = enrol(RiskLevel.LOW);
		ProcessInstance pi = plannedAudit(area);
		String auditId = auditId(pi);
		audits.addFinding(auditId,
				new NewFinding(Severity.MINOR, "SOP-QA-7 4.2", "Role list printed undated", List.of()), "auditor");
		steps.complete("auditor", pi, TASK_EXECUTE, Map.of(VAR_SUMMARY, "One minor finding"));
		steps.sign("approver", pi, TASK_APPROVE_REPORT, "APPROVED", Map.of(VAR_REPORT_DECISION, REPORT_APPROVED));
		assertThatThrownBy(() -> steps.complete("qm", pi, TASK_DISPOSE_FINDING, Map.of(VAR_DISPOSITION, CLOSE_FINDING)))
			.hasMessageContaining("justification");
		steps.complete("qm", pi, TASK_DISPOSE_FINDING,
				Map.of(VAR_DISPOSITION, CLOSE_FINDING, VAR_JUSTIFICATION, "Corrected on the spot, printout re-issued"));
		execute(job());
		AuditFinding closed = audits.audit(auditId).findings().get(0);
		assertThat(closed.disposition()).isEqualTo(CLOSE_FINDING);
		assertThat(closed.capaId()).isNull();
		assertThat(programme.area(area.id()).lastOutcome()).isEqualTo(AuditOutcome.MINOR_FINDINGS);
		assertThat(programme.area(area.id()).auditInterval()).isEqualTo("P12M");
	}

	@Test
	void aReportReturnedForChangesGoesBackToTheAuditor() {
		AuditArea area = enrol(RiskLevel.HIGH);
		ProcessInstance pi = plannedAudit(area);
		steps.complete("auditor", pi, TASK_EXECUTE, Map.of(VAR_SUMMARY, "All fine"));
		steps.sign("approver", pi, TASK_APPROVE_REPORT, "APPROVED",
				Map.of(VAR_REPORT_DECISION, REPORT_CHANGES_REQUESTED, VAR_REPORT_COMMENT, "Cover P11-10g too"));
		assertThat(pi).isWaitingAt(TASK_EXECUTE);
		assertThat(audits.audit(auditId(pi)).status()).isEqualTo("IN_PROGRESS");
		assertThat(steps.task(pi, TASK_EXECUTE).getAssignee()).isEqualTo("auditor");
	}

	@Test
	void aConformingAuditOfARetiredAreaEndsTheProgrammeForIt() {
		AuditArea area = enrol(RiskLevel.LOW);
		ProcessInstance pi = plannedAudit(area);
		steps.complete("auditor", pi, TASK_EXECUTE, Map.of(VAR_SUMMARY, "No findings"));
		steps.sign("approver", pi, TASK_APPROVE_REPORT, "APPROVED", Map.of(VAR_REPORT_DECISION, REPORT_APPROVED));
		assertThat(pi).as("no finding, no disposition task").isWaitingAt(TASK_CLOSE_CYCLE);
		programme.retire(area.id(), "Process outsourced", "qm");
		execute(job());
		assertThat(pi).isEnded().hasPassed(END_RETIRED);
		assertThat(programme.area(area.id()).lastOutcome()).isEqualTo(AuditOutcome.CONFORMING);
	}

	@Test
	void refusesFindingsOutsideTheChecklistWithUnknownEvidenceOrFromSomeoneElse() {
		AuditArea area = enrol(RiskLevel.MEDIUM);
		ProcessInstance pi = steps.instance(area.processInstanceId());
		passAuditTimer(pi, 12);
		steps.complete("qm", pi, TASK_PLAN, Map.of(VAR_AUDITOR, "auditor", VAR_SCOPE, SCOPE));
		String auditId = auditId(pi);
		assertThatThrownBy(() -> audits.addFinding(auditId,
				new NewFinding(Severity.MAJOR, "ISO-27001-5.15", "x", List.of()), "auditor"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("not on the audit's checklist");
		assertThatThrownBy(() -> audits.addFinding(auditId,
				new NewFinding(Severity.MAJOR, "21-CFR-11/11.10(e)", "x", List.of("no-such-document")), "auditor"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("no-such-document");
		assertThatThrownBy(() -> audits.addFinding(auditId,
				new NewFinding(Severity.MAJOR, "21-CFR-11/11.10(e)", "x", List.of()), "qm"))
			.isInstanceOf(NotPermittedException.class);
		assertThat(audits.audit(auditId).findings()).isEmpty();
	}

	@Test
	@Verifies({ "P11-70", "CHK-01", "URS-23" })
	void theReportSignatureCoversTheAuditRecordSoAChangeInSqlShowsAndBlocksTheCycle_P11_70() {
		AuditArea area = enrol(RiskLevel.HIGH);
		ProcessInstance pi = plannedAudit(area);
		String auditId = auditId(pi);
		steps.complete("auditor", pi, TASK_EXECUTE, Map.of(VAR_SUMMARY, "No findings"));
		var signature = steps.sign("approver", pi, TASK_APPROVE_REPORT, "APPROVED",
				Map.of(VAR_REPORT_DECISION, REPORT_APPROVED));
		jdbc.update("update gxp_audit set summary = 'Rewritten' where id = ?", auditId);
		assertThat(signatures.find(signature.signatureId()).recordChangedSinceSigning()).isTrue();
		assertThat(ledger.verify().problems()).anyMatch(p -> p.contains("gxp_audit") && p.contains(auditId));
		assertThatThrownBy(() -> execute(job())).hasMessageContaining("recordChangedSinceSigning");
		assertThat(audits.audit(auditId).status()).isEqualTo("REPORTED");

		jdbc.update("update gxp_audit set summary = 'No findings' where id = ?", auditId);
		execute(job());
		assertThat(audits.audit(auditId).status()).isEqualTo("CLOSED");
		assertThat(ledger.verify().problems()).as("every change of the programme has its ledger entry")
			.noneMatch(p -> p.contains(auditId) || p.contains(area.id()));
	}

}
