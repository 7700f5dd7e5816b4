package org.gxpbridge.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The gate on every completion path (issue 3 item 2, DESIGN.md §5): a signing step completes only through a signature. */
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

        Http.Response r = Http.as(port, "reviewer").post("/engine-rest/task/" + review + "/complete",
                Map.of("variables", Http.vars("reviewOutcome", "ACCEPTED")));

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("message").asText()).contains("signature is required");
        assertThat(walk.isOpen(review)).as("the task stays open").isTrue();
    }

    @Test
    void refusesSubmitFormOfSigningStep() {
        // the Camunda Tasklist completes through submit-form: same engine call, same refusal
        SigningWalk walk = new SigningWalk(port);
        String pi = walk.start("owner");
        walk.sign("reviewer", walk.task(pi, "Task_ReviewDocument"), "REVIEWED", Map.of("reviewOutcome", "ACCEPTED"));
        String approval = walk.task(pi, "Task_ApproveDocument");

        Http.Response r = Http.as(port, "approver").post("/engine-rest/task/" + approval + "/submit-form",
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
        } finally {
            identity.clearAuthentication();
        }
        // engine work without any user (e.g. a job) is not an exception to the rule either
        assertThatThrownBy(() -> tasks.complete(review, Map.of("reviewOutcome", "ACCEPTED"))).hasStackTraceContaining("signature is required");
        assertThat(walk.isOpen(review)).isTrue();
    }

    @Test
    void refusesCompletionThroughTheCamundaTasklist() throws Exception {
        // the Tasklist's own REST (form login session + Camunda's XSRF token) ends in the same engine listener
        SigningWalk walk = new SigningWalk(port);
        String review = walk.task(walk.start("owner"), "Task_ReviewDocument");
        var cookies = new java.net.CookieManager();
        var client = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + port;
        String login = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        var csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=reviewer&password="
                        + java.net.URLEncoder.encode(Http.DEMO_PASSWORD, java.nio.charset.StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1))).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/camunda/app/tasklist/default/")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst()
                .map(java.net.HttpCookie::getValue).orElseThrow();

        var r = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/camunda/api/engine/engine/default/task/" + review + "/submit-form"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"variables\":{\"reviewOutcome\":{\"value\":\"ACCEPTED\"}}}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).as(r.body()).isGreaterThanOrEqualTo(400);
        assertThat(r.body()).contains("signature is required");
        assertThat(walk.isOpen(review)).isTrue();
    }

    @Test
    void completesOtherStepsAsBefore() {
        SigningWalk walk = new SigningWalk(port);
        String pi = walk.start("owner");
        walk.sign("reviewer", walk.task(pi, "Task_ReviewDocument"), "REVIEWED", Map.of("reviewOutcome", "CHANGES_REQUESTED"));
        String revise = walk.task(pi, "Task_ReviseDocument");

        Http.Response r = Http.as(port, "owner").post("/engine-rest/task/" + revise + "/complete",
                Map.of("variables", Http.vars("changeSummary", "typos fixed")));

        assertThat(r.status()).as(r.body()).isEqualTo(204);
        assertThat(walk.task(pi, "Task_ReviewDocument")).as("back to review, a signing step again").isNotBlank();
    }

    @Test
    void refusesSigningANonSigningStep() {
        SigningWalk walk = new SigningWalk(port);
        String pi = walk.start("owner");
        walk.sign("reviewer", walk.task(pi, "Task_ReviewDocument"), "REVIEWED", Map.of("reviewOutcome", "CHANGES_REQUESTED"));
        String revise = walk.task(pi, "Task_ReviseDocument");

        Http.Response r = walk.sign("owner", revise, "AUTHORED", Map.of());

        assertThat(r.status()).isEqualTo(409);
        assertThat(walk.isOpen(revise)).isTrue();
    }
}
