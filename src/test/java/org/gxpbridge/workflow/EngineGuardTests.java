package org.gxpbridge.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gxpbridge.support.Http.vars;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.gxpbridge.controls.DocumentApprovalModel;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine holds the Part 11 rules on routes beside the ones they were written for
 * (issue 9, DESIGN.md §5): each test is one attack that once worked over engine REST, now
 * refused inside the engine — by its authorization or by the command guard — with the
 * record left where it was (P11-10a, P11-10c, P11-10e, P11-10f, P11-10g, CHK-15, CHK-19,
 * CHK-24).
 */
@GxpServerTest
@Verifies({ "P11-10g", "URS-07" })
class EngineGuardTests {

	private static final String REASON = "X-GxP-Reason";

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	RepositoryService repository;

	String start(String number) {
		Http.Response r = Http.as(port, "owner")
			.post("/engine-rest/process-definition/key/DocumentApprovalProcess/start",
					Map.of("businessKey", number, "variables", vars("documentNumber", number, "documentTitle", "Title",
							"documentVersion", "1.0", "changeSummary", "first issue")));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json().get("id").asText();
	}

	String openTask(String pi) {
		return tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
	}

	void assertStillAtReview(String pi) {
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).active().count())
			.as("instance running, not suspended")
			.isEqualTo(1);
		assertThat(tasks.createTaskQuery().processInstanceId(pi).singleResult().getTaskDefinitionKey())
			.isEqualTo(DocumentApprovalModel.TASK_REVIEW);
	}

	@Test
	@Verifies({ "P11-10a", "P11-10f", "CHK-22" })
	void startInstructionsThatSkipReviewAndApprovalAreRefused() {
		Map<String, Object> skipToEffective = Map.of("businessKey", "SOP-SKIP-1", "variables",
				vars("documentNumber", "SOP-SKIP-1", "documentTitle", "T", "documentVersion", "1.0", "changeSummary",
						"x"),
				"startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId",
						DocumentApprovalModel.TASK_MAKE_EFFECTIVE)));
		String path = "/engine-rest/process-definition/key/DocumentApprovalProcess/start";
		Http.Response byOwner = Http.as(port, "owner").withHeader(REASON, "urgent").post(path, skipToEffective);
		assertThat(byOwner.status()).as(byOwner.body()).isEqualTo(403);
		assertThat(byOwner.json().path("message").asText()).contains("QUALITY_MANAGER");
		Http.Response trailingSlash = Http.as(port, "owner").post(path + "/", skipToEffective);
		assertThat(trailingSlash.status()).as(trailingSlash.body()).isIn(403, 404);
		Http.Response qmWithoutReason = Http.as(port, "qm").post(path, skipToEffective);
		assertThat(qmWithoutReason.status()).as(qmWithoutReason.body()).isEqualTo(422);
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("SOP-SKIP-1").count())
			.isZero();
		// the attempt itself is in the audit trail, with the engine's reason (CHK-17)
		Http.Response denied = Http.as(port, "auditor").get("/api/audit/entries?user=owner&limit=100000");
		assertThat(denied.body()).contains("ACCESS_DENIED", "refused by the engine",
				"reserved to the role QUALITY_MANAGER");
	}

	@Test
	void aStartAcceptsOnlyTheFieldsOfItsStartForm() {
		Http.Response r = Http.as(port, "owner")
			.post("/engine-rest/process-definition/key/DocumentApprovalProcess/start",
					Map.of("businessKey", "SOP-START-X", "variables",
							vars("documentNumber", "SOP-START-X", "documentTitle", "T", "documentVersion", "1.0",
									"changeSummary", "x", "approvalOutcome", "APPROVED")));
		assertThat(r.status()).as(r.body()).isEqualTo(400);
		assertThat(r.json().path("message").asText()).contains("'approvalOutcome'");
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("SOP-START-X").count())
			.isZero();
	}

	@Test
	@Verifies({ "P11-10a", "P11-10f", "CHK-22" })
	void modificationIsForAQualityManagerWithAReason() {
		String pi = start("SOP-MOD-1");
		Map<String, Object> toEffective = Map.of("instructions", List
			.of(Map.of("type", "startBeforeActivity", "activityId", DocumentApprovalModel.TASK_MAKE_EFFECTIVE)));
		for (String path : List.of("/engine-rest/process-instance/" + pi + "/modification",
				"/engine-rest/process-instance/" + pi + "/modification/")) {
			Http.Response byReviewer = Http.as(port, "reviewer").withHeader(REASON, "because").post(path, toEffective);
			assertThat(byReviewer.status()).as(path + " " + byReviewer.body()).isIn(403, 404);
		}
		Http.Response withoutReason = Http.as(port, "qm")
			.post("/engine-rest/process-instance/" + pi + "/modification", toEffective);
		assertThat(withoutReason.status()).as(withoutReason.body()).isEqualTo(422);
		assertThat(withoutReason.json().path("message").asText()).contains("X-GxP-Reason");
		assertStillAtReview(pi);
	}

	@Test
	@Verifies({ "P11-10a", "P11-10f", "CHK-22" })
	void migrationAndRestartAreRefusedToWorkers() {
		String pi = start("SOP-MIG-1");
		String definition = runtime.createProcessInstanceQuery()
			.processInstanceId(pi)
			.singleResult()
			.getProcessDefinitionId();
		Map<String, Object> plan = Map.of("sourceProcessDefinitionId", definition, "targetProcessDefinitionId",
				definition, "instructions",
				List.of(Map.of("sourceActivityIds", List.of(DocumentApprovalModel.TASK_REVIEW), "targetActivityIds",
						List.of(DocumentApprovalModel.TASK_APPROVE))));
		Http.Response migrate = Http.as(port, "reviewer")
			.withHeader(REASON, "r")
			.post("/engine-rest/migration/execute", Map.of("migrationPlan", plan, "processInstanceIds", List.of(pi)));
		assertThat(migrate.status()).as(migrate.body()).isEqualTo(403);
		Http.Response restart = Http.as(port, "reviewer")
			.withHeader(REASON, "r")
			.post("/engine-rest/process-definition/" + definition + "/restart",
					Map.of("processInstanceIds", List.of(pi), "instructions", List.of(Map.of("type",
							"startBeforeActivity", "activityId", DocumentApprovalModel.TASK_MAKE_EFFECTIVE))));
		assertThat(restart.status()).as(restart.body()).isIn(403);
		assertStillAtReview(pi);
	}

	@Test
	@Verifies({ "P11-10a", "P11-10f", "CHK-22" })
	void bpmnErrorOnASigningStepWithoutACatchIsRefused() {
		String pi = start("SOP-ERR-1");
		String review = openTask(pi);
		for (String user : List.of("reviewer", "qm")) {
			Http.Response r = Http.as(port, user)
				.withHeader(REASON, "r")
				.post("/engine-rest/task/" + review + "/bpmnError", Map.of("errorCode", "SKIP"));
			assertThat(r.status()).as(user + " " + r.body()).isEqualTo(403);
			assertThat(r.json().path("message").asText()).contains("does not catch");
		}
		Http.Response escalation = Http.as(port, "reviewer")
			.post("/engine-rest/task/" + review + "/bpmnEscalation", Map.of("escalationCode", "UP"));
		assertThat(escalation.status()).as(escalation.body()).isEqualTo(403);
		assertStillAtReview(pi);
	}

	@Test
	@Verifies({ "A11-9", "CHK-02" })
	void cancellationAndSuspensionNeedAQualityManagerAndAReason() {
		String pi = start("SOP-CAN-1");
		assertThat(
				Http.as(port, "owner").withHeader(REASON, "r").delete("/engine-rest/process-instance/" + pi).status())
			.isEqualTo(403);
		assertThat(Http.as(port, "qm").delete("/engine-rest/process-instance/" + pi).status()).isEqualTo(422);
		assertThat(Http.as(port, "qm")
			.put("/engine-rest/process-instance/" + pi + "/suspended", Map.of("suspended", true))
			.status()).isEqualTo(422);
		assertThat(Http.as(port, "reviewer")
			.withHeader(REASON, "r")
			.put("/engine-rest/process-instance/" + pi + "/suspended", Map.of("suspended", true))
			.status()).isEqualTo(403);
		assertStillAtReview(pi);
		Http.Response suspended = Http.as(port, "qm")
			.withHeader(REASON, "supplier audit pending")
			.put("/engine-rest/process-instance/" + pi + "/suspended", Map.of("suspended", true));
		assertThat(suspended.status()).as(suspended.body()).isEqualTo(204);
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).suspended().count()).isEqualTo(1);
		Http.Response entries = Http.as(port, "auditor").get("/api/audit/entries?processInstanceId=" + pi);
		assertThat(entries.json().findValuesAsText("reason")).contains("supplier audit pending");
	}

	@Test
	@Verifies({ "P11-10c", "CHK-19" })
	void definitionsDeploymentsAndHistoryCannotBeDeletedOrShortened() {
		String pi = start("SOP-DEL-1");
		String definition = runtime.createProcessInstanceQuery()
			.processInstanceId(pi)
			.singleResult()
			.getProcessDefinitionId();
		String deployment = repository.getProcessDefinition(definition).getDeploymentId();
		Integer ttl = repository.getProcessDefinition(definition).getHistoryTimeToLive();
		for (String user : List.of("qm", "admin", "owner")) {
			Http as = Http.as(port, user).withHeader(REASON, "clean up");
			assertThat(as.delete("/engine-rest/process-definition/" + definition + "?cascade=true").status()).as(user)
				.isEqualTo(403);
			assertThat(as.delete("/engine-rest/process-definition/key/DocumentApprovalProcess/delete?cascade=true")
				.status()).as(user).isIn(403, 404);
			assertThat(as.delete("/engine-rest/deployment/" + deployment + "?cascade=true").status()).as(user)
				.isEqualTo(403);
			assertThat(as
				.put("/engine-rest/process-definition/" + definition + "/history-time-to-live",
						Map.of("historyTimeToLive", 0))
				.status()).as(user).isEqualTo(403);
			assertThat(as.delete("/engine-rest/history/process-instance/" + pi).status()).as(user).isEqualTo(403);
			assertThat(as
				.post("/engine-rest/history/process-instance/delete/",
						Map.of("historicProcessInstanceIds", List.of(pi)))
				.status()).as(user).isIn(403, 404);
			assertThat(as.post("/engine-rest/history/cleanup", Map.of()).status()).as(user).isEqualTo(403);
		}
		assertThat(repository.getProcessDefinition(definition).getHistoryTimeToLive()).isEqualTo(ttl);
		assertThat(repository.createDeploymentQuery().deploymentId(deployment).count()).isEqualTo(1);
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi).count()).isEqualTo(1);
	}

	@Test
	@Verifies({ "P11-10c", "CHK-19" })
	void commentsStayOnceWritten() {
		String pi = start("SOP-COM-1");
		String review = openTask(pi);
		Http.Response comment = Http.as(port, "reviewer")
			.post("/engine-rest/task/" + review + "/comment/create", Map.of("message", "looks fine"));
		assertThat(comment.status()).as(comment.body()).isEqualTo(200);
		String commentId = comment.json().get("id").asText();
		for (String user : List.of("reviewer", "qm", "admin")) {
			Http as = Http.as(port, user).withHeader(REASON, "typo");
			Http.Response deleted = as.delete("/engine-rest/task/" + review + "/comment/" + commentId);
			assertThat(deleted.status()).as(user + " " + deleted.body()).isEqualTo(403);
			assertThat(as.put("/engine-rest/task/" + review + "/comment", Map.of("id", commentId, "message", "changed"))
				.status()).as(user).isEqualTo(403);
		}
		assertThat(tasks.getTaskComments(review)).singleElement()
			.satisfies(c -> assertThat(c.getFullMessage()).isEqualTo("looks fine"));
	}

	@Test
	void onlyAdministratorsSaveFiltersAndNeverWithExpressions() {
		Map<String, Object> plain = Map.of("resourceType", "Task", "name", "Mine", "query",
				Map.of("candidateGroup", "REVIEWER"));
		assertThat(Http.as(port, "reviewer").post("/engine-rest/filter/create", plain).status()).isEqualTo(403);
		Map<String, Object> withExpression = Map.of("resourceType", "Task", "name", "Sneaky", "query",
				Map.of("assigneeExpression", "${execution.getProcessEngineServices()}"));
		Http.Response expression = Http.as(port, "admin").post("/engine-rest/filter/create", withExpression);
		assertThat(expression.status()).as(expression.body()).isIn(400, 403);
		Http.Response byAdmin = Http.as(port, "admin").post("/engine-rest/filter/create", plain);
		assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(200);
	}

	@Test
	void nobodyMakesThemselvesACandidateOrTakesSomeoneElsesTask() {
		String pi = start("SOP-IDL-1");
		String review = openTask(pi);
		Http.Response selfCandidate = Http.as(port, "admin")
			.withHeader(REASON, "r")
			.post("/engine-rest/task/" + review + "/identity-links", Map.of("userId", "admin", "type", "candidate"));
		assertThat(selfCandidate.status()).as(selfCandidate.body()).isEqualTo(403);
		Http.Response byItsec = Http.as(port, "itsec")
			.withHeader(REASON, "r")
			.post("/engine-rest/task/" + review + "/identity-links", Map.of("userId", "itsec", "type", "candidate"));
		assertThat(byItsec.status()).as(byItsec.body()).isEqualTo(403);
		assertThat(tasks.getIdentityLinksForTask(review))
			.noneMatch(l -> "admin".equals(l.getUserId()) || "itsec".equals(l.getUserId()));

		assertThat(Http.as(port, "reviewer")
			.post("/engine-rest/task/" + review + "/claim", Map.of("userId", "reviewer"))
			.status()).isEqualTo(204);
		assertThat(Http.as(port, "approver").post("/engine-rest/task/" + review + "/unclaim", Map.of()).status())
			.isEqualTo(403);
		assertThat(Http.as(port, "approver")
			.post("/engine-rest/task/" + review + "/assignee", Map.of("userId", "approver"))
			.status()).isEqualTo(403);
		assertThat(Http.as(port, "approver")
			.post("/engine-rest/task/" + review + "/delegate", Map.of("userId", "approver"))
			.status()).isEqualTo(403);
		assertThat(tasks.createTaskQuery().taskId(review).singleResult().getAssignee()).isEqualTo("reviewer");
		assertThat(Http.as(port, "reviewer").post("/engine-rest/task/" + review + "/unclaim", Map.of()).status())
			.as("the assignee hands back")
			.isEqualTo(204);
		assertThat(tasks.createTaskQuery().taskId(review).singleResult().getAssignee()).isNull();
	}

	@Test
	void variablesOfARunningRecordChangeOnlyByAQualityManagerWithAReason() {
		String pi = start("SOP-VAR-1");
		Http.Response byReviewer = Http.as(port, "reviewer")
			.withHeader(REASON, "fix")
			.put("/engine-rest/process-instance/" + pi + "/variables/documentVersion",
					Map.of("value", "9.9", "type", "String"));
		assertThat(byReviewer.status()).as(byReviewer.body()).isEqualTo(403);
		Http.Response taskVariable = Http.as(port, "reviewer")
			.withHeader(REASON, "fix")
			.put("/engine-rest/task/" + openTask(pi) + "/variables/documentVersion",
					Map.of("value", "9.9", "type", "String"));
		assertThat(taskVariable.status()).as(taskVariable.body()).isEqualTo(403);
		assertThat(runtime.getVariable(pi, "documentVersion")).isEqualTo("1.0");
	}

	@Test
	void completingAStepAcceptsOnlyTheFieldsItsFormDeclares() {
		String pi = start("SOP-FLD-1");
		String review = openTask(pi);
		Http.Response signed = Http.as(port, "reviewer")
			.post("/api/tasks/" + review + "/sign", Map.of("meaning", "REVIEWED", "password", Http.DEMO_PASSWORD,
					"variables", Map.of("reviewOutcome", "CHANGES_REQUESTED")));
		assertThat(signed.status()).as(signed.body()).isEqualTo(200);
		String revise = openTask(pi);
		Http.Response extra = Http.as(port, "owner")
			.post("/engine-rest/task/" + revise + "/complete",
					Map.of("variables", vars("documentVersion", "1.1", "author", "approver")));
		assertThat(extra.status()).as(extra.body()).isEqualTo(400);
		assertThat(extra.json().path("message").asText()).contains("'author'");
		Http.Response readOnly = Http.as(port, "owner")
			.post("/engine-rest/task/" + revise + "/submit-form",
					Map.of("variables", vars("documentVersion", "1.1", "reviewComment", "I liked it")));
		assertThat(readOnly.status()).as("a read-only field of the form is not input " + readOnly.body())
			.isEqualTo(400);
		assertThat(tasks.createTaskQuery().taskId(revise).count()).as("revision still open").isEqualTo(1);
		Http.Response declared = Http.as(port, "owner")
			.post("/engine-rest/task/" + revise + "/complete",
					Map.of("variables", vars("documentVersion", "1.1", "changeSummary", "wording")));
		assertThat(declared.status()).as(declared.body()).isEqualTo(204);
	}

}
