package org.gxpbridge.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The gate on every completion path (issue 3 item 2, DESIGN.md §5): a signing step
 * completes only through a signature.
 */
@GxpServerTest
class SignatureGateTests {

	@LocalServerPort
	int port;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	@Test
	void refusesCompletionOfSigningStepThroughEngineRest() {
		SigningWalk walk = new SigningWalk(port);
		String review = walk.task(walk.start("owner"), "Task_ReviewDocument");

		Http.Response r = Http.as(port, "reviewer")
			.post("/engine-rest/task/" + review + "/complete",
					Map.of("variables", Http.vars("reviewOutcome", "ACCEPTED")));

		assertThat(r.status()).isEqualTo(403);
		assertThat(r.json().get("message").asText()).contains("signature is required");
		assertThat(walk.isOpen(review)).as("the task stays open").isTrue();
	}

	@Test
	void refusesSubmitFormOfSigningStep() {
		// the Camunda Tasklist completes through submit-form: same engine call, same
		// refusal
		SigningWalk walk = new SigningWalk(port);
		String pi = walk.start("owner");
		walk.sign("reviewer", walk.task(pi, "Task_ReviewDocument"), "REVIEWED", Map.of("reviewOutcome", "ACCEPTED"));
		String approval = walk.task(pi, "Task_ApproveDocument");

		Http.Response r = Http.as(port, "approver")
			.post("/engine-rest/task/" + approval + "/submit-form",
					Map.of("variables", Http.vars("approvalOutcome", "APPROVED")));

		assertThat(r.status()).isEqualTo(403);
		assertThat(r.json().get("message").asText()).contains("signature is required");
		assertThat(walk.isOpen(approval)).isTrue();
	}

	@Test
	void refusesCompletionOfSigningStepThroughTheJavaApi() {
		SigningWalk walk = new SigningWalk(port);
		String review = walk.task(walk.start("owner"), "Task_ReviewDocument");

		identity.setAuthentication("reviewer", List.of("REVIEWER", "APPROVER"));
		try {
			assertThatThrownBy(() -> tasks.complete(review, Map.of("reviewOutcome", "ACCEPTED")))
				.hasStackTraceContaining("signature is required");
		}
		finally {
			identity.clearAuthentication();
		}
		// engine work without any user (e.g. a job) is not an exception to the rule
		// either
		assertThatThrownBy(() -> tasks.complete(review, Map.of("reviewOutcome", "ACCEPTED")))
			.hasStackTraceContaining("signature is required");
		assertThat(walk.isOpen(review)).isTrue();
	}

	@Test
	void refusesCompletionThroughTheCamundaTasklist() throws Exception {
		// the Tasklist's own REST (form login session + Camunda's XSRF token) ends in the
		// same engine listener
		SigningWalk walk = new SigningWalk(port);
		String review = walk.task(walk.start("owner"), "Task_ReviewDocument");
		var cookies = new CookieManager();
		var client = HttpClient.newBuilder().cookieHandler(cookies).build();
		String base = "http://localhost:" + port;
		String login = client
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		var csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
		assertThat(csrf.find()).isTrue();
		client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=reviewer&password="
					+ URLEncoder.encode(Http.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.discarding());
		client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).build(),
				HttpResponse.BodyHandlers.discarding());
		String xsrf = cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("XSRF-TOKEN"))
			.findFirst()
			.map(HttpCookie::getValue)
			.orElseThrow();

		var r = client.send(HttpRequest
			.newBuilder(URI.create(base + "/camunda/api/engine/engine/default/task/" + review + "/submit-form"))
			.header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", xsrf)
			.POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{\"reviewOutcome\":{\"value\":\"ACCEPTED\"}}}"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(r.statusCode()).as(r.body()).isGreaterThanOrEqualTo(400);
		assertThat(r.body()).contains("signature is required");
		assertThat(walk.isOpen(review)).isTrue();
	}

	@Test
	void completesOtherStepsAsBefore() {
		SigningWalk walk = new SigningWalk(port);
		String pi = walk.start("owner");
		walk.sign("reviewer", walk.task(pi, "Task_ReviewDocument"), "REVIEWED",
				Map.of("reviewOutcome", "CHANGES_REQUESTED"));
		String revise = walk.task(pi, "Task_ReviseDocument");

		Http.Response r = Http.as(port, "owner")
			.post("/engine-rest/task/" + revise + "/complete",
					Map.of("variables", Http.vars("changeSummary", "typos fixed")));

		assertThat(r.status()).as(r.body()).isEqualTo(204);
		assertThat(walk.task(pi, "Task_ReviewDocument")).as("back to review, a signing step again").isNotBlank();
	}

	@Test
	void refusesSigningANonSigningStep() {
		SigningWalk walk = new SigningWalk(port);
		String pi = walk.start("owner");
		walk.sign("reviewer", walk.task(pi, "Task_ReviewDocument"), "REVIEWED",
				Map.of("reviewOutcome", "CHANGES_REQUESTED"));
		String revise = walk.task(pi, "Task_ReviseDocument");

		Http.Response r = walk.sign("owner", revise, "AUTHORED", Map.of());

		assertThat(r.status()).isEqualTo(409);
		assertThat(walk.isOpen(revise)).isTrue();
	}

}
