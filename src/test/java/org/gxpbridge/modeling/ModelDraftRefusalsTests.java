package org.gxpbridge.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RepositoryService;
import org.gxpbridge.support.FormSession;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every refusal of issue 14's "Bad input" over HTTP: malformed XML, XXE and billion
 * laughs are refused before any parser sees them (400, nothing stored); a BPMN with a
 * Modeler-default id on a user task, a DMN with overlapping UNIQUE rules and a form whose
 * keys collide are stored as drafts with their problems and refused at submission (422),
 * each problem naming the element; nothing is deployed and the server keeps answering.
 * Engine REST deployment stays closed on both engine doors.
 */
@GxpServerTest
@Verifies("CHK-24")
class ModelDraftRefusalsTests {

	static final String XXE = """
			<?xml version="1.0"?>
			<!DOCTYPE definitions [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
			<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_X">&xxe;</bpmn:definitions>
			""";

	static final String BILLION_LAUGHS = """
			<?xml version="1.0"?>
			<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
			<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
			<definitions>&lol3;</definitions>
			""";

	static final String OVERLAPPING_DMN = """
			<?xml version="1.0" encoding="UTF-8"?>
			<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_ProbeScore" name="Probe" namespace="https://gxp-bridge.org/dmn">
			  <decision id="ProbeScoreDecision" name="Probe score">
			    <decisionTable id="DecisionTable_ProbeScore" hitPolicy="UNIQUE">
			      <input id="Input_Score" label="Score"><inputExpression id="InputExpression_Score" typeRef="integer"><text>score</text></inputExpression></input>
			      <output id="Output_Band" name="band" typeRef="string" />
			      <rule id="Rule_Low"><inputEntry id="Entry_Low"><text>[1..3]</text></inputEntry><outputEntry id="Out_Low"><text>"LOW"</text></outputEntry></rule>
			      <rule id="Rule_High"><inputEntry id="Entry_High"><text>[3..5]</text></inputEntry><outputEntry id="Out_High"><text>"HIGH"</text></outputEntry></rule>
			    </decisionTable>
			  </decision>
			</definitions>
			""";

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	Http owner;

	long deployments;

	@BeforeEach
	void setUp() {
		owner = Http.as(port, "owner");
		deployments = repository.createDeploymentQuery().count();
	}

	static String file(String path) throws IOException {
		return Files.readString(Path.of(path));
	}

	JsonNode refusedBeforeStoring(String kind, String key, String content, String rule) {
		int drafts = owner.get("/api/model-drafts?mine=true").json().size();
		Http.Response r = owner.post("/api/model-drafts", Map.of("kind", kind, "key", key, "content", content));
		assertThat(r.status()).as(r.body()).isEqualTo(400);
		assertThat(r.json().path("problems").get(0).path("rule").asText()).isEqualTo(rule);
		assertThat(r.json().path("message").asText()).contains("not stored");
		assertThat(owner.get("/api/model-drafts?mine=true").json().size()).as("nothing stored").isEqualTo(drafts);
		return r.json();
	}

	JsonNode storedWithProblemThenRefusedAtSubmission(String kind, String key, String content, String elementId,
			String rule) {
		Http.Response created = owner.post("/api/model-drafts", Map.of("kind", kind, "key", key, "content", content));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().path("problems").toString()).contains(elementId, rule);
		String draftId = created.json().path("draftId").asText();
		Http.Response submitted = owner.post("/api/model-drafts/" + draftId + "/submit",
				Map.of("reason", "probe of a refusal"));
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(422);
		JsonNode problem = null;
		for (JsonNode p : submitted.json().path("problems")) {
			if (elementId.equals(p.path("elementId").asText()) && rule.equals(p.path("rule").asText())) {
				problem = p;
			}
		}
		assertThat(problem).as(submitted.body()).isNotNull();
		assertThat(problem.path("message").asText()).contains(elementId);
		assertThat(owner.get("/api/model-drafts/" + draftId).json().path("status").asText()).isEqualTo("DRAFT");
		assertNothingDeployedAndHealthy();
		return problem;
	}

	void assertNothingDeployedAndHealthy() {
		assertThat(repository.createDeploymentQuery().count()).as("nothing deployed").isEqualTo(deployments);
		assertThat(owner.get("/api/models").status()).as("the server still answers").isEqualTo(200);
	}

	@Test
	void refusesMalformedXmlNamingTheLineAndStoresNothing() {
		JsonNode r = refusedBeforeStoring("BPMN", "DocumentApprovalProcess",
				"<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process>",
				"malformed-xml");
		assertThat(r.path("problems").get(0).path("message").asText()).contains("line 1");
		assertNothingDeployedAndHealthy();
	}

	@Test
	void refusesXxeBeforeAnyParserSeesIt() {
		JsonNode r = refusedBeforeStoring("BPMN", "DocumentApprovalProcess", XXE, "unsafe-xml");
		assertThat(r.toString()).doesNotContain("root:");
		assertNothingDeployedAndHealthy();
	}

	@Test
	void refusesBillionLaughsBeforeAnyParserSeesIt() {
		refusedBeforeStoring("DMN", "SignaturePolicyDecision", BILLION_LAUGHS, "unsafe-xml");
		assertNothingDeployedAndHealthy();
	}

	@Test
	void refusesAFormThatIsNotJson() {
		refusedBeforeStoring("FORM", "model-change-review", "{\"id\": \"model-change-review\", ", "malformed-json");
	}

	/**
	 * The Modeler's random ids and the older counters ({@code UserTask_1}) alike; the
	 * whole list both rule copies are held to is in ModelLintRulesTests.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "Activity_0abc123", "UserTask_1", "Gateway_1x2y3z" })
	void refusesAModelerDefaultIdOnAUserTaskAtSubmission(String defaultId) throws IOException {
		String bpmn = file("processes/model-change.bpmn").replace("Task_ReviseModelDraft", defaultId);
		JsonNode problem = storedWithProblemThenRefusedAtSubmission("BPMN", "ModelChangeProcess", bpmn, defaultId,
				ModelContract.MEANINGFUL_ID);
		assertThat(problem.path("message").asText()).contains("'" + defaultId + "' is a Modeler default id");
	}

	@Test
	void refusesAUserTaskWithoutCandidateGroupsOrDocumentation() throws IOException {
		String bpmn = file("processes/model-change.bpmn").replace("camunda:candidateGroups=\"PROCESS_OWNER\"", "");
		storedWithProblemThenRefusedAtSubmission("BPMN", "ModelChangeProcess", bpmn, "Task_ReviseModelDraft",
				ModelContract.CANDIDATES);
	}

	@Test
	void refusesAHistoryTimeToLiveBelowTheRetention() throws IOException {
		String bpmn = file("processes/model-change.bpmn").replace("camunda:historyTimeToLive=\"3650\"",
				"camunda:historyTimeToLive=\"30\"");
		storedWithProblemThenRefusedAtSubmission("BPMN", "ModelChangeProcess", bpmn, "ModelChangeProcess",
				ModelContract.HISTORY_TTL);
	}

	@Test
	void refusesWhatTheEnginesOwnParserRefuses() throws IOException {
		String bpmn = file("processes/model-change.bpmn").replace("targetRef=\"Task_DeployModelChange\"",
				"targetRef=\"Task_NoSuchStep\"");
		Http.Response created = owner.post("/api/model-drafts",
				Map.of("kind", "BPMN", "key", "ModelChangeProcess", "content", bpmn));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("problems").toString()).contains("engine-parse", "Task_NoSuchStep");
		assertNothingDeployedAndHealthy();
	}

	@Test
	void refusesADecisionTableWhoseUniqueRulesOverlap() {
		JsonNode problem = storedWithProblemThenRefusedAtSubmission("DMN", "ProbeScoreDecision", OVERLAPPING_DMN,
				"Rule_High", "unique-rules");
		assertThat(problem.path("message").asText()).contains("Rule_Low", "UNIQUE");
	}

	@Test
	void refusesAFormWhoseKeysCollide() throws IOException {
		String form = file("forms/model-change-revision.form").replace("\"key\": \"revisionNote\"",
				"\"key\": \"revisionOutcome\"");
		JsonNode problem = storedWithProblemThenRefusedAtSubmission("FORM", "model-change-revision", form,
				"Field_RevisionNote", "unique-key");
		assertThat(problem.path("message").asText()).contains("revisionOutcome", "Field_RevisionOutcome");
	}

	@Test
	@Verifies("A11-10")
	void onlyProcessOwnersCreateDraftsAndInspectorsReadTheDeploymentHistory() {
		assertThat(Http.as(port, "qm")
			.post("/api/model-drafts", Map.of("kind", "FORM", "key", "x", "content", "{}"))
			.status()).isEqualTo(403);
		assertThat(Http.as(port, "inspector").get("/api/models").status()).isEqualTo(403);
		Http.Response history = Http.as(port, "inspector").get("/api/deployments");
		assertThat(history.status()).isEqualTo(200);
		assertThat(history.json().toString()).contains("RELEASE-", "deployedBy", "approvedBy", "checksum",
				"validation");
		var page = FormSession.signedIn(port, "inspector", Http.DEMO_PASSWORD).get("/deployments");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Deployment history", "RELEASE-");
	}

	@Test
	void engineRestDeploymentStaysClosedOnBothEngineDoors() {
		for (String user : new String[] { "owner", "qm", "admin" }) {
			assertThat(Http.as(port, user)
				.postRaw("/engine-rest/deployment/create", "multipart/form-data; boundary=x", "--x--")
				.status()).isEqualTo(403);
			assertThat(Http.as(port, user)
				.postRaw("/camunda/api/engine/engine/default/deployment/create", "multipart/form-data; boundary=x",
						"--x--")
				.status()).isIn(302, 401, 403);
		}
		assertNothingDeployedAndHealthy();
	}

}
