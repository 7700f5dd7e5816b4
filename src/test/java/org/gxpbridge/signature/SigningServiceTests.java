package org.gxpbridge.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.gxpbridge.controls.DocumentApprovalModel;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * POST /api/tasks/{id}/sign over HTTP against the running server: the signing service and
 * its refusals (issue 3).
 */
@GxpServerTest
class SigningServiceTests {

	@LocalServerPort
	int port;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Test
	void signsTheReviewStepAndCompletesItInOneGo() {
		SigningWalk walk = new SigningWalk(port);
		String pi = walk.start("owner");
		String review = walk.task(pi, "Task_ReviewDocument");

		Http.Response r = walk.sign("reviewer", review, "REVIEWED",
				Map.of("reviewOutcome", "ACCEPTED", "reviewComment", "ok"));

		assertThat(r.status()).as(r.body()).isEqualTo(200);
		JsonNode body = r.json();
		assertThat(body.get("signatureId").asText()).isNotBlank();
		assertThat(body.get("printedName").asText()).isEqualTo("Demo Reviewer");
		assertThat(body.get("meaning").asText()).isEqualTo("REVIEWED");
		assertThat(body.get("signedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
		assertThat(body.get("recordDigest").asText()).matches("[0-9a-f]{64}");
		assertThat(walk.isOpen(review)).as("the signed task is completed").isFalse();
		assertThat(walk.task(pi, "Task_ApproveDocument")).as("the walk moved on with the submitted outcome")
			.isNotBlank();
	}

	@Test
	void walksDocumentApprovalToEffectiveWithTwoSignatures() {
		SigningWalk walk = new SigningWalk(port);
		String pi = walk.start("owner");
		walk.reviewAndApprove(pi);
		management.createJobQuery().processInstanceId(pi).list().forEach(job -> management.executeJob(job.getId()));

		JsonNode history = Http.as(port, "qm").get("/engine-rest/history/process-instance/" + pi).json();
		assertThat(history.get("state").asText()).as("effective, the document's lifecycle goes on").isEqualTo("ACTIVE");
		assertThat(management.createJobQuery()
			.processInstanceId(pi)
			.timers()
			.activityId(DocumentApprovalModel.TIMER_PERIODIC_REVIEW)
			.count()).as("its periodic review is scheduled").isEqualTo(1);
		assertThat(Http.as(port, "inspector")
			.get("/api/controlled-documents")
			.json()
			.findValuesAsText("processInstanceId")).as("the approved version became effective").contains(pi);
		JsonNode signatures = Http.as(port, "inspector").get("/api/signatures?processInstanceId=" + pi).json();
		assertThat(signatures.findValuesAsText("meaning")).containsExactly("REVIEWED", "APPROVED");
		assertThat(signatures.findValuesAsText("valid")).containsOnly("true");
	}

	@Test
	void answersNotFoundForAnUnknownTask() {
		Http.Response r = new SigningWalk(port).sign("reviewer", "no-such-task", "REVIEWED", Map.of());
		assertThat(r.status()).isEqualTo(404);
		assertThat(r.json().get("error").asText()).isEqualTo("task_not_found");
	}

	@Test
	void answersConflictForATaskAlreadyCompleted() {
		SigningWalk walk = new SigningWalk(port);
		String pi = walk.start("owner");
		String review = walk.task(pi, "Task_ReviewDocument");
		assertThat(walk.sign("reviewer", review, "REVIEWED", Map.of("reviewOutcome", "ACCEPTED")).status())
			.isEqualTo(200);

		Http.Response again = walk.sign("qm", review, "REVIEWED", Map.of("reviewOutcome", "REJECTED"));

		assertThat(again.status()).isEqualTo(409);
		assertThat(Http.as(port, "qm").get("/api/tasks/" + review + "/signatures").json().size())
			.as("still one signature")
			.isEqualTo(1);
	}

	@Test
	void refusesAMeaningTheStepDoesNotAllowWith422() {
		SigningWalk walk = new SigningWalk(port);
		String pi = walk.start("owner");
		String review = walk.task(pi, "Task_ReviewDocument");

		Http.Response r = walk.sign("qm", review, "APPROVED", Map.of("reviewOutcome", "ACCEPTED"));

		assertThat(r.status()).isEqualTo(422);
		assertThat(r.json().get("message").asText()).contains("REVIEWED");
		assertThat(walk.isOpen(review)).isTrue();
		assertThat(Http.as(port, "qm").get("/api/tasks/" + review + "/signatures").json().size())
			.as("nothing half-signed")
			.isZero();
	}

	@Test
	void refusesASignerWithoutTheRoleThePolicyRequires() {
		// P11-10g, CHK-15: IT security is neither reviewer nor quality manager
		SigningWalk walk = new SigningWalk(port);
		String review = walk.task(walk.start("owner"), "Task_ReviewDocument");

		Http.Response r = walk.sign("itsec", review, "REVIEWED", Map.of("reviewOutcome", "ACCEPTED"));

		assertThat(r.status()).isEqualTo(403);
		assertThat(r.json().get("message").asText()).contains("REVIEWER");
		assertThat(walk.isOpen(review)).isTrue();
	}

	@Test
	void refusesACandidateWhenTheTaskIsAssignedToSomeoneElse() {
		SigningWalk walk = new SigningWalk(port);
		String review = walk.task(walk.start("owner"), "Task_ReviewDocument");
		assertThat(Http.as(port, "reviewer")
			.post("/engine-rest/task/" + review + "/claim", Map.of("userId", "reviewer"))
			.status()).isEqualTo(204);

		Http.Response r = walk.sign("qm", review, "REVIEWED", Map.of("reviewOutcome", "ACCEPTED"));

		assertThat(r.status()).isEqualTo(403);
		assertThat(r.json().get("message").asText()).contains("not the assignee or a candidate");
		assertThat(walk.sign("reviewer", review, "REVIEWED", Map.of("reviewOutcome", "ACCEPTED")).status())
			.isEqualTo(200);
	}

	@Test
	void refusesTheAuthorApprovingTheirOwnDocument() {
		// CHK-15 segregation of duties: qm may approve, but not what qm authored
		SigningWalk walk = new SigningWalk(port);
		String pi = walk.start("qm");
		assertThat(walk
			.sign("reviewer", walk.task(pi, "Task_ReviewDocument"), "REVIEWED", Map.of("reviewOutcome", "ACCEPTED"))
			.status()).isEqualTo(200);
		String approval = walk.task(pi, "Task_ApproveDocument");

		Http.Response r = walk.sign("qm", approval, "APPROVED", Map.of("approvalOutcome", "APPROVED"));

		assertThat(r.status()).isEqualTo(403);
		assertThat(r.json().get("message").asText()).contains("author");
		assertThat(walk.isOpen(approval)).isTrue();
		assertThat(walk.sign("approver", approval, "APPROVED", Map.of("approvalOutcome", "APPROVED")).status())
			.isEqualTo(200);
	}

	@Test
	void inspectorsAndAdministratorsSignNothing() {
		SigningWalk walk = new SigningWalk(port);
		String review = walk.task(walk.start("owner"), "Task_ReviewDocument");
		assertThat(walk.sign("inspector", review, "REVIEWED", Map.of("reviewOutcome", "ACCEPTED")).status())
			.isEqualTo(403);
		assertThat(walk.sign("admin", review, "REVIEWED", Map.of("reviewOutcome", "ACCEPTED")).status()).isEqualTo(403);
		assertThat(walk.isOpen(review)).isTrue();
	}

	@Test
	void storesNothingWhenTheTaskCannotCompleteAfterSigning() {
		// both or neither: without reviewOutcome the diagram's gateway fails after the
		// signature row was written
		SigningWalk walk = new SigningWalk(port);
		String review = walk.task(walk.start("owner"), "Task_ReviewDocument");

		Http.Response r = walk.sign("reviewer", review, "REVIEWED", Map.of("reviewComment", "forgot the outcome"));

		assertThat(r.status()).as(r.body()).isEqualTo(422);
		assertThat(r.json().get("error").asText()).isEqualTo("completion_failed");
		assertThat(walk.isOpen(review)).isTrue();
		assertThat(Http.as(port, "qm").get("/api/tasks/" + review + "/signatures").json().size())
			.as("the signature rolled back")
			.isZero();
		assertThat(walk.sign("reviewer", review, "REVIEWED", Map.of("reviewOutcome", "ACCEPTED")).status())
			.isEqualTo(200);
	}

	@Test
	void refusesStructuredVariablesWith400() {
		SigningWalk walk = new SigningWalk(port);
		String review = walk.task(walk.start("owner"), "Task_ReviewDocument");
		Http.Response r = walk.sign("reviewer", review, "REVIEWED", Map.of("reviewOutcome", Map.of("nested", true)));
		assertThat(r.status()).isEqualTo(400);
		assertThat(walk.isOpen(review)).isTrue();
	}

	@Test
	@Verifies({ "P11-10g", "CHK-15" })
	void authorVariableChangedDoesNotLetTheAuthorApprove() {
		// CHK-15: qm starts (authors) the record, then rewrites the 'author' variable;
		// authorship is read from engine
		// history (initiator, authoring steps), so qm still cannot approve, and cannot
		// smuggle 'author' in with the signature
		SigningWalk walk = new SigningWalk(port);
		String pi = walk.start("qm");
		assertThat(walk
			.sign("reviewer", walk.task(pi, "Task_ReviewDocument"), "REVIEWED", Map.of("reviewOutcome", "ACCEPTED"))
			.status()).isEqualTo(200);
		runtime.setVariable(pi, "author", "somebody-else");
		String approval = walk.task(pi, "Task_ApproveDocument");

		Http.Response r = walk.sign("qm", approval, "APPROVED", Map.of("approvalOutcome", "APPROVED"));
		Http.Response smuggled = walk.sign("qm", approval, "APPROVED",
				Map.of("approvalOutcome", "APPROVED", "author", "approver"));

		assertThat(r.status()).as(r.body()).isEqualTo(403);
		assertThat(r.json().get("message").asText()).contains("author").contains("qm");
		assertThat(smuggled.status()).isEqualTo(400);
		assertThat(walk.isOpen(approval)).isTrue();
		assertThat(walk.sign("approver", approval, "APPROVED", Map.of("approvalOutcome", "APPROVED")).status())
			.isEqualTo(200);
	}

	@Test
	@Verifies({ "P11-10g", "CHK-15" })
	void theAuthorOfARevisionCannotApproveIt() {
		// CHK-15: qm takes over the revision (an authoring step) and completes it; qm is
		// then an author of the record
		SigningWalk walk = new SigningWalk(port);
		String pi = walk.start("owner");
		assertThat(walk
			.sign("reviewer", walk.task(pi, "Task_ReviewDocument"), "REVIEWED",
					Map.of("reviewOutcome", "CHANGES_REQUESTED"))
			.status()).isEqualTo(200);
		String revise = walk.task(pi, "Task_ReviseDocument");
		assertThat(
				Http.as(port, "qm").post("/engine-rest/task/" + revise + "/assignee", Map.of("userId", "qm")).status())
			.as("a quality manager may reassign")
			.isEqualTo(204);
		assertThat(Http.as(port, "qm")
			.post("/engine-rest/task/" + revise + "/complete",
					Map.of("variables", Http.vars("documentVersion", "1.1", "changeSummary", "rewritten by QA")))
			.status()).isEqualTo(204);
		assertThat(walk
			.sign("reviewer", walk.task(pi, "Task_ReviewDocument"), "REVIEWED", Map.of("reviewOutcome", "ACCEPTED"))
			.status()).isEqualTo(200);

		Http.Response r = walk.sign("qm", walk.task(pi, "Task_ApproveDocument"), "APPROVED",
				Map.of("approvalOutcome", "APPROVED"));

		assertThat(r.status()).as(r.body()).isEqualTo(403);
		assertThat(r.json().get("message").asText()).contains("author");
	}

	@Test
	@Verifies("CHK-15")
	void reviewerCannotApproveTheSameRecord() {
		// CHK-15, SignaturePolicyDecision: APPROVED excludes whoever signed REVIEWED on
		// the same record; the demo reviewer
		// also holds APPROVER, so only this rule stops them
		SigningWalk walk = new SigningWalk(port);
		String pi = walk.start("owner");
		assertThat(walk
			.sign("reviewer", walk.task(pi, "Task_ReviewDocument"), "REVIEWED", Map.of("reviewOutcome", "ACCEPTED"))
			.status()).isEqualTo(200);
		String approval = walk.task(pi, "Task_ApproveDocument");

		Http.Response r = walk.sign("reviewer", approval, "APPROVED", Map.of("approvalOutcome", "APPROVED"));

		assertThat(r.status()).as(r.body()).isEqualTo(403);
		assertThat(r.json().get("message").asText()).contains("REVIEWED").contains("APPROVED");
		assertThat(walk.isOpen(approval)).isTrue();
		assertThat(Http.as(port, "qm").get("/api/signatures?processInstanceId=" + pi).json().size()).isEqualTo(1);
		assertThat(walk.sign("approver", approval, "APPROVED", Map.of("approvalOutcome", "APPROVED")).status())
			.isEqualTo(200);
	}

	@Test
	@Verifies({ "URS-02", "URS-12" })
	void signRefusesUndeclaredVariable() {
		// the review form shows documentVersion read-only and declares no 'author':
		// neither can be submitted with a signature
		SigningWalk walk = new SigningWalk(port);
		String pi = walk.start("owner");
		String review = walk.task(pi, "Task_ReviewDocument");

		Http.Response version = walk.sign("reviewer", review, "REVIEWED",
				Map.of("reviewOutcome", "ACCEPTED", "documentVersion", "9.9"));
		Http.Response author = walk.sign("reviewer", review, "REVIEWED",
				Map.of("reviewOutcome", "ACCEPTED", "author", "reviewer"));

		assertThat(version.status()).as(version.body()).isEqualTo(400);
		assertThat(version.json().get("error").asText()).isEqualTo("invalid_variables");
		assertThat(version.json().get("message").asText()).contains("documentVersion");
		assertThat(author.status()).isEqualTo(400);
		assertThat(author.json().get("message").asText()).contains("'author'");
		assertThat(walk.isOpen(review)).isTrue();
		assertThat(Http.as(port, "qm").get("/api/tasks/" + review + "/signatures").json().size()).as("nothing signed")
			.isZero();
		assertThat(runtime.getVariable(pi, "documentVersion")).isEqualTo("1.0");
		assertThat(runtime.getVariable(pi, "author")).isEqualTo("owner");
	}

}
