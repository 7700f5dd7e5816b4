package org.gxpbridge.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.gxpbridge.inspection.InspectionRequestModel.*;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.gxpbridge.support.FormSession;
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
 * The inspection room over HTTP and InspectionRequestProcess (issue 15 item 5): the
 * inspector files a request (no other role may), the back room assigns, the preparer
 * answers with records, the preparer cannot review, a rework goes back to the preparer,
 * another quality manager publishes; the inspector sees the response only once published,
 * with the dossier links; every step is timed and in the audit trail; the preparer finds
 * the request among their records.
 */
@GxpServerTest
class InspectionRequestProcessTests {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	Workflow workflow;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		init(engine);
	}

	Task task(String key, String pi) {
		return engine.getTaskService().createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).singleResult();
	}

	void complete(String user, String key, String pi, Map<String, Object> variables) {
		String id = task(key, pi).getId();
		workflow.runAs(user, () -> {
			engine.getTaskService().claim(id, user);
			engine.getTaskService().complete(id, variables);
			return null;
		});
	}

	JsonNode file(String subject) {
		Http.Response r = Http.as(port, "inspector")
			.post("/api/inspection/requests", Map.of("subject", subject, "text", "Show it and its audit trail",
					"recordRefs", List.of("CAPA-2026-014")));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	@Test
	@Verifies("CHK-17")
	void onlyAnInspectorFilesAndARequestNeedsSubjectAndText() {
		Map<String, Object> body = Map.of("subject", "s", "text", "t");
		for (String user : new String[] { "qm", "owner", "auditor", "admin" }) {
			assertThat(Http.as(port, user).post("/api/inspection/requests", body).status()).as(user).isEqualTo(403);
		}
		assertThat(Http.as(port, "owner").get("/api/inspection/requests").status()).isEqualTo(403);
		Http.Response blank = Http.as(port, "inspector")
			.post("/api/inspection/requests", Map.of("subject", " ", "text", "t"));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.json().path("error").asText()).isEqualTo("subject_required");
	}

	@Test
	@Verifies({ "P11-10e", "CHK-18" })
	void theBackRoomAnswersAndTheInspectorSeesOnlyThePublishedResponse() {
		JsonNode filed = file("CAPA-2026-014");
		String id = filed.path("id").asText();
		String pi = filed.path("processInstanceId").asText();
		assertThat(filed.path("status").asText()).isEqualTo("FILED");
		ProcessInstance instance = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(pi)
			.singleResult();
		assertThat(instance.getBusinessKey()).isEqualTo(id);
		assertThat(instance).isWaitingAt(TASK_ASSIGN_REQUEST);

		assertThatThrownBy(() -> complete("qm", TASK_ASSIGN_REQUEST, pi, Map.of(VAR_PREPARER, "inspector")))
			.hasMessageContaining("works no content");
		complete("qm", TASK_ASSIGN_REQUEST, pi, Map.of(VAR_PREPARER, "reviewer"));
		assertThat(task(TASK_PREPARE_RESPONSE, pi).getAssignee()).isEqualTo("reviewer");
		assertThatThrownBy(() -> complete("reviewer", TASK_PREPARE_RESPONSE, pi,
				Map.of(VAR_RESPONSE_TEXT, "here", VAR_ATTACHED_RECORDS, "NO-SUCH-RECORD")))
			.hasMessageContaining("NO-SUCH-RECORD");
		complete("reviewer", TASK_PREPARE_RESPONSE, pi,
				Map.of(VAR_RESPONSE_TEXT, "First draft", VAR_ATTACHED_RECORDS, id));

		JsonNode draft = Http.as(port, "inspector").get("/api/inspection/requests/" + id).json();
		assertThat(draft.path("status").asText()).isEqualTo("PREPARED");
		assertThat(draft.path("responseText").isNull()).as("a draft is not shown to the inspector").isTrue();
		assertThat(draft.path("attachedRecords")).isEmpty();

		assertThatThrownBy(
				() -> complete("reviewer", TASK_REVIEW_RESPONSE, pi, Map.of(VAR_REVIEW_OUTCOME, OUTCOME_PUBLISH)))
			.as("the review is a quality manager's")
			.hasMessageContaining("reviewer");
		complete("qm", TASK_REVIEW_RESPONSE, pi,
				Map.of(VAR_REVIEW_OUTCOME, OUTCOME_REWORK, VAR_REVIEW_COMMENT, "attach the record"));
		assertThat(task(TASK_PREPARE_RESPONSE, pi).getAssignee()).isEqualTo("reviewer");
		complete("reviewer", TASK_PREPARE_RESPONSE, pi,
				Map.of(VAR_RESPONSE_TEXT, "CAPA-2026-014 with its audit trail", VAR_ATTACHED_RECORDS, pi));
		complete("qm", TASK_REVIEW_RESPONSE, pi, Map.of(VAR_REVIEW_OUTCOME, OUTCOME_PUBLISH));
		assertThat(instance).isEnded().hasPassed(TASK_PUBLISH_RESPONSE, END_RESPONSE_PUBLISHED);

		JsonNode published = Http.as(port, "inspector").get("/api/inspection/requests/" + id).json();
		assertThat(published.path("status").asText()).isEqualTo("PUBLISHED");
		assertThat(published.path("responseText").asText()).isEqualTo("CAPA-2026-014 with its audit trail");
		assertThat(published.path("attachedRecords").get(0).asText()).isEqualTo(pi);
		for (String time : new String[] { "requestedAt", "assignedAt", "preparedAt", "reviewedAt", "publishedAt" }) {
			assertThat(published.path(time).isNull()).as(time).isFalse();
		}
		assertThat(published.path("reviewedBy").asText()).isEqualTo("qm");

		var page = FormSession.signedIn(port, "inspector", Http.DEMO_PASSWORD).get("/inspection");
		assertThat(page.body()).contains(id)
			.contains("CAPA-2026-014 with its audit trail")
			.contains("/reports/process-instances/" + pi)
			.contains("Inspector access until");
		var backRoom = FormSession.signedIn(port, "qm", Http.DEMO_PASSWORD).get("/inspection");
		assertThat(backRoom.body()).contains(id).doesNotContain("Inspector access until");

		List<String> actions = jdbc.queryForList(
				"select action from gxp_audit_entry where object_type = 'INSPECTION_REQUEST' and object_id = ? order by seq",
				String.class, id);
		assertThat(actions).containsSubsequence("INSPECTION_REQUEST_FILED", "INSPECTION_REQUEST_ASSIGNED",
				"INSPECTION_REQUEST_PREPARED", "INSPECTION_REQUEST_REVIEWED", "INSPECTION_REQUEST_PREPARED",
				"INSPECTION_REQUEST_REVIEWED", "INSPECTION_REQUEST_PUBLISHED");
		assertThat(Http.as(port, "reviewer").get("/api/records?q=" + id).json().path("total").asLong())
			.as("the preparer took part in the record")
			.isEqualTo(1);
	}

	@Test
	@Verifies("CHK-17")
	void whoPreparedTheResponseCannotReviewIt() {
		String pi = file("Training records of line 3").path("processInstanceId").asText();
		complete("qm", TASK_ASSIGN_REQUEST, pi, Map.of(VAR_PREPARER, "qm"));
		complete("qm", TASK_PREPARE_RESPONSE, pi, Map.of(VAR_RESPONSE_TEXT, "Here they are"));
		assertThatThrownBy(() -> complete("qm", TASK_REVIEW_RESPONSE, pi, Map.of(VAR_REVIEW_OUTCOME, OUTCOME_PUBLISH)))
			.hasMessageContaining("cannot review");
		assertThat(task(TASK_REVIEW_RESPONSE, pi)).as("still waiting for another reviewer").isNotNull();
	}

}
