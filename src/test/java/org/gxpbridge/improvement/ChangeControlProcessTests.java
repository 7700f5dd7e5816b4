package org.gxpbridge.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.gxpbridge.improvement.ChangeControlModel.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.audittrail.AuditQuery;
import org.gxpbridge.controls.ControlledDocuments;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.monitoring.CapaSource;
import org.gxpbridge.monitoring.Capas;
import org.gxpbridge.risk.Risk;
import org.gxpbridge.risk.RiskInput;
import org.gxpbridge.risk.RiskRegister;
import org.gxpbridge.signature.SignatureView;
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
 * Every path of ChangeControlProcess (issue 13 item 2): request, impact assessment with
 * the linked risk re-evaluated, signed approval (never by the requester), release that
 * starts the revision of the linked document, implementation with the artifact, the
 * artifact check (a mismatch raises a deviation CAPA and nothing is released), document
 * revision effective, post-implementation verification by someone else, effectiveness
 * check after the timer, closure; rejection; a record changed behind the server's back.
 */
@GxpServerTest
class ChangeControlProcessTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	Workflow workflow;

	@Autowired
	ChangeRequests requests;

	@Autowired
	RiskRegister riskRegister;

	@Autowired
	ControlledDocuments register;

	@Autowired
	Documents documents;

	@Autowired
	Signatures signatures;

	@Autowired
	Capas capas;

	@Autowired
	AuditLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	ChangeControlFixtures f;

	@BeforeEach
	void setUp() {
		init(engine);
		f = new ChangeControlFixtures(engine, workflow, requests, riskRegister, register, documents, signatures);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@Verifies("URS-28")
	void walksFromRequestThroughSignedApprovalVerifiedArtifactAndRevisedDocumentToClosed() {
		Risk risk = f.risk();
		String ref = risk.registerId() + "/" + risk.riskId();
		String number = f.document();
		ChangeRequest c = requests.start(f.request("Firmware 2.4.1 for the pumps", List.of(ref), List.of(number)), null,
				"owner");
		ProcessInstance pi = f.instance(c);
		assertThat(c.id()).startsWith("CR-");
		assertThat(c.requestedBy()).as("the requester from the engine").isEqualTo("owner");
		assertThat(c.risks()).singleElement()
			.satisfies(r -> assertThat(r.outcomeAtRequest()).isEqualTo("UNACCEPTABLE"));
		assertThat(task(TASK_ASSESS, pi)).hasCandidateGroup("QUALITY_MANAGER");

		// the risk's controls are in place before the assessment re-evaluates it
		riskRegister.updateRisk(risk.registerId(), risk.riskId(),
				RiskInput.safety("Over-infusion", "dose error", "wrong rate", "serious injury", 2, 1), "qm");
		f.assess(c, "qm");
		ChangeRequest assessed = requests.get(c.id());
		assertThat(assessed.status()).isEqualTo(ChangeRequestStatus.ASSESSED);
		assertThat(assessed.risks()).singleElement().satisfies(r -> {
			assertThat(r.outcomeAssessed()).as("re-evaluated by RiskAcceptabilityDecision").isEqualTo("ACCEPTABLE");
			assertThat(r.assessedBy()).isEqualTo("qm");
		});

		SignatureView signed = f.approve(c, "approver", APPROVE);
		assertThat(new String(signatures.content(signed.signatureId()), StandardCharsets.UTF_8)).contains(
				"\"type\":\"change-request\"", "\"id\":\"" + c.id() + "\"", ChangeControlFixtures.ARTIFACT_SHA256,
				"\"outcomeAssessed\":\"ACCEPTABLE\"");
		f.release(c);
		ChangeRequest released = requests.get(c.id());
		assertThat(released.status()).isEqualTo(ChangeRequestStatus.APPROVED);
		String revision = released.documents().get(0).revisionProcessInstanceId();
		assertThat(revision).as("the revision of the linked SOP started in document control").isNotNull();

		f.implement(c, "itsec", "pump-fw-2.4.1.bin", ChangeControlFixtures.ARTIFACT);
		f.checkArtifact(c);
		assertThat(requests.get(c.id()).artifactCheck()).contains("equals the approved hash");
		assertThat(pi).as("waits for the revised SOP").isWaitingAt(EVENT_DOCUMENTS_EFFECTIVE);

		f.reviseDocument(revision);
		assertThat(register.current(number).orElseThrow().version()).isEqualTo("2");
		assertThat(pi).isWaitingAt(TASK_VERIFY);
		assertThatThrownBy(() -> f.verify(c, "itsec", true, "")).as("the implementer cannot verify")
			.hasMessageContaining("may not verify");
		f.verify(c, "reviewer", true, "pumps report 2.4.1, alarms tested");

		assertThat(pi).isWaitingAt(EVENT_EFFECTIVENESS_DUE);
		Job timer = engine.getManagementService()
			.createJobQuery()
			.processInstanceId(pi.getId())
			.timers()
			.singleResult();
		assertThat(Duration.between(Instant.now(), timer.getDuedate().toInstant())).isGreaterThan(Duration.ofDays(29));
		assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).executable().count())
			.as("not due before its 30 days")
			.isZero();
		ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(31))));
		execute(engine.getManagementService()
			.createJobQuery()
			.processInstanceId(pi.getId())
			.executable()
			.singleResult());
		f.complete("qm", task(TASK_EFFECTIVENESS, pi).getId(),
				Map.of(VAR_EFFECTIVE, "true", VAR_EFFECTIVENESS_COMMENT, "no dose alarms in 30 days"));

		assertThat(pi)
			.hasPassedInOrder(TASK_REGISTER, TASK_ASSESS, TASK_APPROVE, TASK_RELEASE, TASK_IMPLEMENT,
					TASK_VERIFY_ARTIFACT, EVENT_DOCUMENTS_EFFECTIVE, TASK_VERIFY, TASK_EFFECTIVENESS, TASK_CLOSE)
			.isEnded();
		ChangeRequest closed = requests.get(c.id());
		assertThat(closed.status()).isEqualTo(ChangeRequestStatus.CLOSED);
		assertThat(closed.outputs()).as("the updated procedure is the change's output")
			.singleElement()
			.satisfies(d -> assertThat(d.effectiveVersion()).isEqualTo("2"));
		assertThat(ledger.entries(new AuditQuery(pi.getId(), null, null, null, null, 10_000)))
			.extracting(e -> e.action())
			.contains("CHANGE_REQUESTED", "CHANGE_RISK_REEVALUATED", "CHANGE_ASSESSED", "CHANGE_RELEASED",
					"CHANGE_IMPLEMENTED", "CHANGE_ARTIFACT_VERIFIED", "CHANGE_DOCUMENT_EFFECTIVE", "CHANGE_VERIFIED",
					"CHANGE_CLOSED");
	}

	@Test
	@Verifies("URS-28")
	void refusesAnArtifactThatIsNotTheApprovedOneAndRaisesADeviation() {
		ChangeRequest c = approvedAndReleased("Patch KB-77 for the LIMS server", "qm");
		ProcessInstance pi = f.instance(c);
		f.implement(c, "itsec", "kb77-tampered.msu", "not the vendor's patch".getBytes(StandardCharsets.UTF_8));
		f.checkArtifact(c);
		assertThat(pi).as("refused: nothing released, a deviation is raised").isWaitingAt(TASK_RAISE_DEVIATION);
		execute(job(TASK_RAISE_DEVIATION, pi));
		ChangeRequest deviated = requests.get(c.id());
		assertThat(deviated.artifactCheck()).contains("differs from the approved",
				ChangeControlFixtures.ARTIFACT_SHA256);
		assertThat(deviated.status()).isEqualTo(ChangeRequestStatus.DEVIATION);
		assertThat(capas.get(deviated.deviationCapaId())).satisfies(capa -> {
			assertThat(capa.source()).isEqualTo(CapaSource.DEVIATION);
			assertThat(capa.sourceReference()).isEqualTo(c.id());
			assertThat(capa.openedBy()).isEqualTo("itsec");
		});
		assertThat(pi).hasPassed(TASK_RAISE_DEVIATION).hasNotPassed(TASK_VERIFY).isEnded();
	}

	@Test
	@Verifies("URS-28")
	void sendsAFailedVerificationBackToTheImplementerAndAnIneffectiveChangeToACapa() {
		ChangeRequest c = approvedAndReleased("Audit log retention to 10 years", "qm");
		ProcessInstance pi = f.instance(c);
		f.implement(c, "itsec", "retention.cfg", ChangeControlFixtures.ARTIFACT);
		f.checkArtifact(c);
		assertThatThrownBy(() -> f.verify(c, "reviewer", false, " ")).hasMessageContaining("Say what failed");
		f.verify(c, "reviewer", false, "retention not applied to the archive");
		assertThat(f.instance(c)).isWaitingAt(TASK_IMPLEMENT);
		f.implement(c, "itsec", "retention.cfg", ChangeControlFixtures.ARTIFACT);
		f.checkArtifact(c);
		f.verify(c, "reviewer", true, "archive retention applied");
		execute(job(EVENT_EFFECTIVENESS_DUE, f.instance(c)));
		f.complete("qm", task(TASK_EFFECTIVENESS, f.instance(c)).getId(),
				Map.of(VAR_EFFECTIVE, "false", VAR_EFFECTIVENESS_COMMENT, "old entries purged anyway"));
		execute(job(TASK_RAISE_DEVIATION, pi));
		ChangeRequest after = requests.get(c.id());
		assertThat(after.effectivenessResult()).isEqualTo("NOT_EFFECTIVE");
		assertThat(after.status()).isEqualTo(ChangeRequestStatus.DEVIATION);
		assertThat(capas.get(after.deviationCapaId()).openedBy()).isEqualTo("qm");
		assertThat(pi).hasPassed(TASK_RAISE_DEVIATION).isEnded();
	}

	@Test
	@Verifies("URS-28")
	void endsARejectedChangeWithoutImplementation() {
		ChangeRequest c = requests.start(f.request("Disable password expiry", List.of(), List.of()), null, "itsec");
		ProcessInstance pi = f.instance(c);
		f.assess(c, "qm");
		f.approve(c, "approver", REJECT);
		assertThat(requests.get(c.id()).status()).isEqualTo(ChangeRequestStatus.REJECTED);
		assertThat(pi).hasPassed(TASK_RECORD_REJECTION).hasNotPassed(TASK_RELEASE).isEnded();
	}

	@Test
	@Verifies("URS-28")
	void refusesTheRequesterAsApproverAndAnUnsignedCompletion() {
		ChangeRequest c = requests.start(f.request("New CAPA form", List.of(), List.of()), null, "qm");
		f.assess(c, "qm");
		assertThatThrownBy(() -> f.approve(c, "qm", APPROVE)).as("the requester approves nothing")
			.hasMessageContaining("qm");
		String taskId = task(TASK_APPROVE, f.instance(c)).getId();
		assertThatThrownBy(() -> f.complete("approver", taskId, Map.of(VAR_APPROVAL_OUTCOME, APPROVE)))
			.as("no approval without a signature")
			.hasMessageContaining("signature");
		assertThatThrownBy(() -> f.complete("itsec", taskId, Map.of(VAR_APPROVAL_OUTCOME, APPROVE)))
			.as("IT security is not an approver");
		assertThat(f.instance(c)).isWaitingAt(TASK_APPROVE);
	}

	@Test
	@Verifies({ "P11-70", "CHK-01", "URS-28" })
	void findsTheApprovedRecordChangedInSqlAndRefusesTheRelease() {
		ChangeRequest c = requests.start(f.request("Backup job to the new NAS", List.of(), List.of()), null, "owner");
		f.assess(c, "qm");
		SignatureView signed = f.approve(c, "approver", APPROVE);
		jdbc.update("update gxp_change_request set approved_sha256 = ? where id = ?", "0".repeat(64), c.id());
		try {
			assertThat(signatures.find(signed.signatureId()).recordChangedSinceSigning()).isTrue();
			var api = Http.as(port, "inspector").get("/api/signatures/" + signed.signatureId());
			assertThat(api.json().path("recordChangedSinceSigning").asBoolean()).isTrue();
			assertThatThrownBy(() -> f.release(c)).hasMessageContaining("is not approved");
			assertThat(requests.get(c.id()).status()).isEqualTo(ChangeRequestStatus.ASSESSED);
		}
		finally {
			jdbc.update("update gxp_change_request set approved_sha256 = ? where id = ?",
					ChangeControlFixtures.ARTIFACT_SHA256, c.id());
		}
		f.release(c);
		assertThat(requests.get(c.id()).status()).isEqualTo(ChangeRequestStatus.APPROVED);
	}

	ChangeRequest approvedAndReleased(String title, String assessor) {
		ChangeRequest c = requests.start(f.request(title, List.of(), List.of()), "PROGRAMME-1", "owner");
		assertThat(c.businessKey()).isEqualTo("PROGRAMME-1");
		f.assess(c, assessor);
		f.approve(c, "approver", APPROVE);
		f.release(c);
		return c;
	}

}
