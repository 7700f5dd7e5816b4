package org.gxpbridge.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 3 on the production database: the whole server on embedded PostgreSQL with the postgres profile, real people
 * created by the initial administrator, a document approval walked with two signatures, the gate, and openssl.
 */
class SignaturePostgresIT {

    private static final String PASSWORD = "Signer-Secret-2026!";
    static ConfigurableApplicationContext server;
    static int port;

    @BeforeAll
    static void start() {
        // PostgresServer passes server.port=0 as a default property, which application.yml's 8080 overrides; a system
        // property wins, so this server gets a random port and never collides with another engineer's run
        System.setProperty("server.port", "0");
        server = PostgresServer.start(PostgresServer.newDatabase("gxp_signatures"), Map.of("GXP_CA_KEY_PASSWORD", "it-ca-key-password-2026"));
        port = PostgresServer.port(server);
        Http admin = Http.as(port, PostgresServer.ADMIN_USER, PostgresServer.ADMIN_PASSWORD);
        person(admin, "aauthor", "Anna Author", "PROCESS_OWNER");
        person(admin, "rreviewer", "Rita Reviewer", "REVIEWER");
        person(admin, "bapprover", "Ben Approver", "APPROVER");
    }

    @AfterAll
    static void stop() {
        System.clearProperty("server.port");
        if (server != null) {
            server.close();
        }
    }

    /** The administrator opens the account; the person sets their own password at first use. */
    private static void person(Http admin, String id, String name, String role) {
        String initial = "Initial-Pass-2026!";
        assertThat(admin.post("/api/admin/users", Map.of("userId", id, "fullName", name, "email", id + "@example.com",
                "roles", List.of(role), "initialPassword", initial)).status()).isEqualTo(201);
        assertThat(Http.as(port, id, initial).post("/api/account/password", Map.of("currentPassword", initial, "newPassword", PASSWORD))
                .status()).isEqualTo(200);
    }

    @Test
    void walksDocumentApprovalWithSignaturesThatVerifyIndependently() throws Exception {
        SigningWalk walk = new SigningWalk(port);
        String pi = walk.start("aauthor", PASSWORD);
        String review = taskOf(pi, "Task_ReviewDocument");

        Http.Response plain = Http.as(port, "rreviewer", PASSWORD).post("/engine-rest/task/" + review + "/complete",
                Map.of("variables", Http.vars("reviewOutcome", "ACCEPTED")));
        assertThat(plain.status()).isEqualTo(403);
        assertThat(plain.json().get("message").asText()).contains("signature is required");

        Http.Response wrong = walk.sign("rreviewer", PASSWORD, "Wrong-Password-99", review, "REVIEWED", Map.of("reviewOutcome", "ACCEPTED"));
        assertThat(wrong.status()).isEqualTo(401);
        Http.Response reviewed = walk.sign("rreviewer", PASSWORD, review, "REVIEWED", Map.of("reviewOutcome", "ACCEPTED"));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        assertThat(reviewed.json().get("printedName").asText()).isEqualTo("Rita Reviewer");

        String approval = taskOf(pi, "Task_ApproveDocument");
        assertThat(walk.sign("aauthor", PASSWORD, approval, "APPROVED", Map.of("approvalOutcome", "APPROVED")).status()).isEqualTo(403);
        Http.Response approved = walk.sign("bapprover", PASSWORD, approval, "APPROVED", Map.of("approvalOutcome", "APPROVED"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);

        String id = approved.json().get("signatureId").asText();
        var view = Http.as(port, "bapprover", PASSWORD).get("/api/signatures/" + id).json();
        assertThat(view.get("valid").asBoolean()).as(view.toString()).isTrue();
        assertThat(view.get("recordChangedSinceSigning").asBoolean()).isFalse();
        assertThat(view.get("printedName").asText()).isEqualTo("Ben Approver");

        assumeTrue(OpenSsl.present(), "openssl is not installed");
        Http reader = Http.as(port, "bapprover", PASSWORD);
        byte[] cms = bytes("/api/signatures/" + id + "/cms");
        byte[] content = bytes("/api/signatures/" + id + "/content");
        OpenSsl.Result result = OpenSsl.verify(reader.get("/api/pki/ca.pem").body(), cms, content);
        assertThat(result.exitCode()).as(result.output()).isZero();
        byte[] other = bytes("/api/signatures/" + reviewed.json().get("signatureId").asText() + "/content");
        assertThat(OpenSsl.verify(reader.get("/api/pki/ca.pem").body(), cms, other).exitCode()).isNotZero();
    }

    private static String taskOf(String pi, String key) {
        var tasks = Http.as(port, "rreviewer", PASSWORD).get("/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=" + key).json();
        assertThat(tasks.size()).isEqualTo(1);
        return tasks.get(0).get("id").asText();
    }

    private static byte[] bytes(String path) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path)).header("Authorization",
                "Basic " + java.util.Base64.getEncoder().encodeToString(("bapprover:" + PASSWORD).getBytes())).build();
        var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
