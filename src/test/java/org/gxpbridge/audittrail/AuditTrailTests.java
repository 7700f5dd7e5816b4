package org.gxpbridge.audittrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.gxpbridge.controls.DocumentApprovalModel;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Capture, reason for change, entries API, retention and legal hold on H2 (P11-10e,
 * A11-9, CHK-01/02/03/19).
 */
@GxpServerTest
@Verifies({ "A11-9", "CHK-02" })
class AuditTrailTests {

	@LocalServerPort
	int port;

	@Autowired
	Workflow workflow;

	@Autowired
	TaskService tasks;

	@Autowired
	Signatures signatures;

	@Autowired
	AuditLedger ledger;

	@Autowired
	RepositoryService repository;

	@Autowired
	HistoryService history;

	@Autowired
	ManagementService management;

	String startDocumentApproval(String businessKey) {
		return workflow
			.start(DocumentApprovalModel.PROCESS_KEY, businessKey,
					Map.of("documentTitle", "SOP-1 Cleaning", "changeSummary", "first issue"), "owner")
			.processInstanceId();
	}

	@Test
	void recordsVariableChangeWithOldAndNewValueUserRoleAndReasonChk01() throws Exception {
		String pi = startDocumentApproval("DOC-AT-1");
		int changed = WithReason.put(port, "qm", "/engine-rest/process-instance/" + pi + "/variables/documentTitle",
				Map.of("value", "SOP-1 Cleaning rev B", "type", "String"), "Typo in title, CAPA-17");
		assertThat(changed).isEqualTo(204);

		JsonNode entries = Http.as(port, "inspector").get("/api/audit/entries?processInstanceId=" + pi).json();
		JsonNode change = null;
		for (JsonNode e : entries) {
			if ("Variable".equals(e.path("objectType").asText())
					&& "SOP-1 Cleaning rev B".equals(e.path("newValue").asText())) {
				change = e;
			}
		}
		assertThat(change).as("variable change in the ledger").isNotNull();
		assertThat(change.path("field").asText()).isEqualTo("documentTitle");
		assertThat(change.path("oldValue").asText()).isEqualTo("SOP-1 Cleaning");
		assertThat(change.path("actorId").asText()).isEqualTo("qm");
		assertThat(change.path("actorName").asText()).isNotBlank();
		assertThat(change.path("actorRole").asText()).contains("QUALITY_MANAGER");
		assertThat(change.path("reason").asText()).isEqualTo("Typo in title, CAPA-17");
		assertThat(change.path("businessKey").asText()).isEqualTo("DOC-AT-1");
		assertThat(change.path("recordedAt").asText()).endsWith("Z");
	}

	@Test
	void refusesVariableChangeWithoutReasonAndLeavesTheValueChk02() {
		String pi = startDocumentApproval("DOC-AT-2");
		Http qm = Http.as(port, "qm");
		Http.Response refused = qm.put("/engine-rest/process-instance/" + pi + "/variables/documentTitle",
				Map.of("value", "changed", "type", "String"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().path("type").asText()).isEqualTo("ReasonForChangeRequired");
		assertThat(qm
			.post("/engine-rest/process-instance/" + pi + "/variables",
					Map.of("modifications", Http.vars("documentTitle", "x")))
			.status()).isEqualTo(422);
		assertThat(qm.delete("/engine-rest/process-instance/" + pi + "/variables/documentTitle").status())
			.isEqualTo(422);
		assertThat(qm.get("/engine-rest/process-instance/" + pi + "/variables/documentTitle")
			.json()
			.path("value")
			.asText()).isEqualTo("SOP-1 Cleaning");
	}

	@Test
	void completesTaskWithVariablesWithoutAReasonAndRecordsItAgainstTheUser() {
		String pi = startDocumentApproval("DOC-AT-3");
		String task = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
		// the review is a signing step: it completes only through a signature
		signatures.sign(new SignRequest(task, "reviewer", Http.DEMO_PASSWORD, "REVIEWED",
				Map.of("reviewOutcome", "REJECTED"), null, "127.0.0.1"));
		assertThat(ledger.entries(new AuditQuery(pi, null, "reviewer", null, null, 100)))
			.anySatisfy(e -> assertThat(e.field()).isEqualTo("reviewOutcome"))
			.anySatisfy(e -> assertThat(e.action()).isEqualTo("Complete"));
		assertThat(ledger.entries(new AuditQuery(pi, null, null, null, null, 1000)))
			.anySatisfy(e -> assertThat(e.objectType() + e.action()).isEqualTo("ProcessInstanceend"));
	}

	@Test
	void inspectorAndAuditorReadEntriesFilteredByBusinessKeyUserAndTime() {
		String pi = startDocumentApproval("DOC-AT-4");
		for (String user : new String[] { "inspector", "auditor" }) {
			Http.Response r = Http.as(port, user)
				.get("/api/audit/entries?businessKey=DOC-AT-4&user=owner&from=2020-01-01&to=2100-01-01T00:00:00Z");
			assertThat(r.status()).as(user).isEqualTo(200);
			assertThat(r.json().size()).as(user).isPositive();
			r.json().forEach(e -> assertThat(e.path("processInstanceId").asText()).isEqualTo(pi));
		}
		assertThat(
				Http.as(port, "inspector").get("/api/audit/entries?businessKey=DOC-AT-4&to=2000-01-01").json().size())
			.isZero();
	}

	@Test
	void answersBadDatesWith400JsonError() {
		Http.Response r = Http.as(port, "auditor").get("/api/audit/entries?from=yesterday");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().path("error").asText()).isEqualTo("invalid_parameter");
	}

	@Test
	void recordsFailedLoginsAndDeploymentsInTheSameLedger() {
		assertThat(Http.as(port, "auditor", "wrong-password-1").get("/api/account").status()).isEqualTo(401);
		assertThat(ledger.entries(new AuditQuery(null, null, "auditor", null, null, 10_000)))
			.anySatisfy(e -> assertThat(e.action()).isEqualTo("LOGIN_FAILED"));
		assertThat(ledger.entries(new AuditQuery(null, null, "system", null, null, 10_000))).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("DEPLOYED");
			assertThat(e.newValue()).contains("document-approval.bpmn sha256:");
		});
	}

	@Test
	void refusesDeletingEngineHistoryThroughRestChk19() {
		String pi = startDocumentApproval("DOC-AT-5");
		Http.Response r = Http.as(port, "qm").delete("/engine-rest/history/process-instance/" + pi);
		assertThat(r.status()).isEqualTo(403);
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi).count()).isOne();
	}

	@Test
	void refusesDeployingAGxpProcessWhoseHistoryTimeToLiveIsShorterThanItsRetentionChk19() {
		String model = "<definitions xmlns='http://www.omg.org/spec/BPMN/20100524/MODEL' xmlns:camunda='http://camunda.org/schema/1.0/bpmn' "
				+ "targetNamespace='t'><process id='DocumentApprovalProcess' isExecutable='true' camunda:historyTimeToLive='30'>"
				+ "<startEvent id='StartEvent_S'/></process></definitions>";
		assertThatThrownBy(() -> repository.createDeployment().addString("short.bpmn", model).deploy())
			.hasMessageContaining("shorter than its retention");
	}

	@Test
	void legalHoldByQualityManagerClearsTheRemovalTimeAndIsRecorded() {
		String pi = startDocumentApproval("DOC-AT-6");
		String task = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
		// the review is a signing step: it completes only through a signature
		signatures.sign(new SignRequest(task, "reviewer", Http.DEMO_PASSWORD, "REVIEWED",
				Map.of("reviewOutcome", "REJECTED"), null, "127.0.0.1"));
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult().getRemovalTime())
			.isNotNull();
		assertThat(
				Http.as(port, "reviewer").post("/api/audit/legal-holds/" + pi, Map.of("reason", "litigation")).status())
			.isEqualTo(403);
		Http.Response held = Http.as(port, "qm")
			.post("/api/audit/legal-holds/" + pi, Map.of("reason", "FDA 483 response pending"));
		assertThat(held.status()).isEqualTo(201);
		runJobsOfBatch();
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult().getRemovalTime())
			.isNull();
		assertThat(ledger.entries(new AuditQuery(pi, null, "qm", null, null, 100))).anySatisfy(
				e -> assertThat(e.action() + " " + e.reason()).isEqualTo("LEGAL_HOLD_PLACED FDA 483 response pending"));
	}

	private void runJobsOfBatch() {
		for (int round = 0; round < 5; round++) {
			for (Job job : management.createJobQuery().list()) {
				if (job.getProcessInstanceId() == null) {
					management.executeJob(job.getId());
				}
			}
		}
	}

}
