package org.gxpbridge.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gxpbridge.support.Http.vars;

import java.util.Map;

import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine's REST API behind our accounts: who may start, who may complete, and clear
 * JSON errors.
 */
@GxpServerTest
@Verifies("URS-02")
class EngineRestTests {

	@LocalServerPort
	int port;

	String startDocumentApproval(String user, String number) {
		Http.Response r = Http.as(port, user)
			.post("/engine-rest/process-definition/key/DocumentApprovalProcess/start",
					Map.of("businessKey", number, "variables", vars("documentNumber", number, "documentTitle", "Title",
							"documentVersion", "1.0", "changeSummary", "first issue")));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json().get("id").asText();
	}

	@Test
	void anAuthorisedUserStartsDocumentApprovalAndIsRecordedAsInitiator() {
		String pi = startDocumentApproval("owner", "SOP-REST-1");
		Http.Response history = Http.as(port, "inspector").get("/engine-rest/history/process-instance/" + pi);
		assertThat(history.json().get("startUserId").asText()).isEqualTo("owner");
		Http.Response log = Http.as(port, "auditor").get("/engine-rest/history/user-operation?processInstanceId=" + pi);
		assertThat(log.json().findValuesAsText("userId")).contains("owner");
	}

	@Test
	void onlyCandidateStartersStartAProcessOverEngineRest_P11_10g() {
		Http.Response r = Http.as(port, "reviewer")
			.post("/engine-rest/process-definition/key/DocumentApprovalProcess/start",
					Map.of("businessKey", "NOT-MINE", "variables", vars("documentNumber", "NOT-MINE")));
		// refused by the engine's own authorization: CREATE_INSTANCE is granted only to
		// the model's candidate starters
		assertThat(r.status()).isEqualTo(403);
		assertThat(r.json().get("message").asText()).contains("CREATE_INSTANCE", "DocumentApprovalProcess");
	}

	@Test
	void unknownProcessKeyIs404WithJsonError() {
		Http.Response r = Http.as(port, "owner")
			.post("/engine-rest/process-definition/key/NoSuchProcess/start", Map.of());
		assertThat(r.status()).isEqualTo(404);
		assertThat(r.contentType()).contains("json");
		assertThat(r.json().get("message").asText()).contains("NoSuchProcess");
	}

	@Test
	void malformedJsonIs400WithJsonErrorAndNoStackTrace() {
		Http owner = Http.as(port, "owner");
		for (String path : new String[] { "/engine-rest/process-definition/key/DocumentApprovalProcess/start",
				"/api/account/password" }) {
			Http.Response r = owner.postRaw(path, "application/json", "{not json");
			assertThat(r.status()).as(path).isEqualTo(400);
			assertThat(r.contentType()).as(path).contains("json");
			assertThat(r.body()).as(path).doesNotContain("at org.", "at java.", "Exception:");
		}
	}

	/**
	 * Signs the review with CHANGES_REQUESTED so the non-signing revision step is open,
	 * assigned to the author.
	 */
	String reviseTaskOf(String pi) {
		String review = Http.as(port, "reviewer")
			.get("/engine-rest/task?processInstanceId=" + pi)
			.json()
			.get(0)
			.get("id")
			.asText();
		Http.Response signed = Http.as(port, "reviewer")
			.post("/api/tasks/" + review + "/sign", Map.of("meaning", "REVIEWED", "password", Http.DEMO_PASSWORD,
					"variables", Map.of("reviewOutcome", "CHANGES_REQUESTED")));
		assertThat(signed.status()).as(signed.body()).isEqualTo(200);
		return Http.as(port, "owner").get("/engine-rest/task?processInstanceId=" + pi).json().get(0).get("id").asText();
	}

	@Test
	@Verifies("CHK-16")
	void administratorsCannotCompleteContentTasks_CHK16() {
		String pi = startDocumentApproval("owner", "SOP-REST-2");
		String task = reviseTaskOf(pi);
		Http.Response r = Http.as(port, "admin")
			.post("/engine-rest/task/" + task + "/complete", Map.of("variables", vars("documentVersion", "1.1")));
		// refused by the engine's own authorization (no TASK_WORK: an administrator is no
		// candidate of anything)
		assertThat(r.status()).isEqualTo(403);
		assertThat(r.json().get("message").asText()).contains("TASK_WORK");
		assertThat(Http.as(port, "owner").get("/engine-rest/task/" + task).status()).as("task still open")
			.isEqualTo(200);
	}

	@Test
	@Verifies({ "P11-10g", "CHK-15" })
	void assignedTasksAreCompletedOnlyByTheirAssignee() {
		String pi = startDocumentApproval("owner", "SOP-REST-3");
		String task = reviseTaskOf(pi);
		Http.Response byOther = Http.as(port, "qm")
			.post("/engine-rest/task/" + task + "/complete", Map.of("variables", vars("documentVersion", "1.1")));
		assertThat(byOther.status()).isEqualTo(403);
		assertThat(byOther.json().get("message").asText()).contains("assigned to 'owner'");
	}

	@Test
	void reviewersClaimOnlyTasksOfferedToThem() {
		String pi = startDocumentApproval("owner", "SOP-REST-4");
		String task = Http.as(port, "reviewer")
			.get("/engine-rest/task?processInstanceId=" + pi)
			.json()
			.get(0)
			.get("id")
			.asText();
		assertThat(
				Http.as(port, "itsec").post("/engine-rest/task/" + task + "/claim", Map.of("userId", "itsec")).status())
			.isEqualTo(403);
		assertThat(Http.as(port, "reviewer")
			.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "reviewer"))
			.status()).isEqualTo(204);
	}

	@Test
	void unknownTaskIs404() {
		assertThat(Http.as(port, "reviewer").post("/engine-rest/task/no-such-task/complete", Map.of()).status())
			.isEqualTo(404);
	}

	@Test
	@Verifies("CHK-24")
	void directDeploymentAndIdentityChangesAreClosed_CHK24() {
		Http owner = Http.as(port, "owner");
		assertThat(owner.postRaw("/engine-rest/deployment/create", "multipart/form-data; boundary=x", "--x--").status())
			.isEqualTo(403);
		assertThat(
				Http.as(port, "admin").post("/engine-rest/user/create", Map.of("profile", Map.of("id", "x"))).status())
			.isEqualTo(403);
		assertThat(owner.get("/engine-rest/deployment").status()).as("reading deployments stays open").isEqualTo(200);
		assertThat(owner.post("/engine-rest/task/create", Map.of("id", "free-task", "name", "outside any process"))
			.status()).as("no free-standing tasks outside a validated process").isEqualTo(403);
	}

}
