package org.gxpbridge.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.PostgresServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 3 on the production database: the whole server on embedded PostgreSQL with the
 * postgres profile, real people created by the initial administrator, a document approval
 * walked with two signatures, the gate, and openssl.
 */
@Tag("shared-postgres")
class SignaturePostgresIT {

	private static final String PASSWORD = "Signer-Secret-2026!";
	static ConfigurableApplicationContext server;
	static int port;

	@BeforeAll
	static void start() {
		server = PostgresServer.shared();
		port = PostgresServer.port(server);
		Http admin = Http.as(port, PostgresServer.ADMIN_USER, PostgresServer.ADMIN_PASSWORD);
		person(admin, "aauthor", "Anna Author", "PROCESS_OWNER");
		person(admin, "rreviewer", "Rita Reviewer", "REVIEWER");
		person(admin, "bapprover", "Ben Approver", "APPROVER");
		person(admin, "cchanger", "Carl Changer", "REVIEWER");
		person(admin, "iitsec", "Ida Security", "IT_SECURITY");
		person(admin, "llocked", "Lena Locked", "REVIEWER");
	}

	/**
	 * The administrator opens the account; the person sets their own password at first
	 * use.
	 */
	private static void person(Http admin, String id, String name, String role) {
		String initial = "Initial-Pass-2026!";
		assertThat(admin
			.post("/api/admin/users", Map.of("userId", id, "fullName", name, "email", id + "@example.com", "roles",
					List.of(role), "initialPassword", initial))
			.status()).isEqualTo(201);
		// 11.100(b): a signer's identity is verified before they sign
		assertThat(admin
			.post("/api/admin/users/" + id + "/identity-verification",
					Map.of("method", "HR_RECORD", "reference", "HR file of " + id))
			.status()).isEqualTo(201);
		assertThat(Http.as(port, id, initial)
			.post("/api/account/password", Map.of("currentPassword", initial, "newPassword", PASSWORD))
			.status()).isEqualTo(200);
	}

	@Test
	void walksDocumentApprovalWithSignaturesThatVerifyIndependently() throws Exception {
		SigningWalk walk = new SigningWalk(port);
		String pi = walk.start("aauthor", PASSWORD);
		String review = taskOf(pi, "Task_ReviewDocument");

		Http.Response plain = Http.as(port, "rreviewer", PASSWORD)
			.post("/engine-rest/task/" + review + "/complete",
					Map.of("variables", Http.vars("reviewOutcome", "ACCEPTED")));
		assertThat(plain.status()).isEqualTo(403);
		assertThat(plain.json().get("message").asText()).contains("signature is required");

		Http.Response wrong = walk.sign("rreviewer", PASSWORD, "Wrong-Password-99", review, "REVIEWED",
				Map.of("reviewOutcome", "ACCEPTED"));
		assertThat(wrong.status()).isEqualTo(401);
		Http.Response reviewed = walk.sign("rreviewer", PASSWORD, review, "REVIEWED",
				Map.of("reviewOutcome", "ACCEPTED"));
		assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
		assertThat(reviewed.json().get("printedName").asText()).isEqualTo("Rita Reviewer");

		String approval = taskOf(pi, "Task_ApproveDocument");
		assertThat(walk.sign("aauthor", PASSWORD, approval, "APPROVED", Map.of("approvalOutcome", "APPROVED")).status())
			.isEqualTo(403);
		Http.Response approved = walk.sign("bapprover", PASSWORD, approval, "APPROVED",
				Map.of("approvalOutcome", "APPROVED"));
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

	@Test
	void refusesBadInputAndStoresNothing() {
		SigningWalk walk = walk();
		String pi = walk.start("aauthor", PASSWORD);
		String review = walk.task(pi, "Task_ReviewDocument");

		assertThat(walk.sign("rreviewer", PASSWORD, "no-such-task", "REVIEWED", Map.of()).status()).isEqualTo(404);
		assertThat(walk.sign("rreviewer", PASSWORD, review, "APPROVED", Map.of("reviewOutcome", "ACCEPTED")).status())
			.isEqualTo(422);
		assertThat(walk.sign("iitsec", PASSWORD, review, "REVIEWED", Map.of("reviewOutcome", "ACCEPTED")).status())
			.isEqualTo(403);
		assertThat(walk.sign("rreviewer", PASSWORD, review, "REVIEWED", Map.of("reviewComment", "no outcome")).status())
			.isEqualTo(422);
		assertThat(Http.as(port, "rreviewer", PASSWORD).get("/api/tasks/" + review + "/signatures").json().size())
			.isZero();
		assertThat(walk.isOpen(review)).isTrue();
		assertThat(walk.sign("rreviewer", PASSWORD, review, "REVIEWED", Map.of("reviewOutcome", "ACCEPTED")).status())
			.isEqualTo(200);
		assertThat(walk.sign("rreviewer", PASSWORD, review, "REVIEWED", Map.of("reviewOutcome", "ACCEPTED")).status())
			.isEqualTo(409);
	}

	@Test
	void followsPasswordChangeAndAdminResetWithTheKeys() {
		SigningWalk walk = walk();
		Http.Response first = walk.sign("cchanger", PASSWORD,
				walk.task(walk.start("aauthor", PASSWORD), "Task_ReviewDocument"), "REVIEWED",
				Map.of("reviewOutcome", "ACCEPTED"));
		String serial = first.json().get("certificateSerial").asText();
		String changed = "Changed-Secret-2026!";
		assertThat(Http.as(port, "cchanger", PASSWORD)
			.post("/api/account/password", Map.of("currentPassword", PASSWORD, "newPassword", changed))
			.status()).isEqualTo(200);
		Http.Response second = walk.sign("cchanger", changed,
				walk.task(walk.start("aauthor", PASSWORD), "Task_ReviewDocument"), "REVIEWED",
				Map.of("reviewOutcome", "ACCEPTED"));
		assertThat(second.json().get("certificateSerial").asText()).isEqualTo(serial);

		String temporary = "Temporary-Reset-2026!";
		assertThat(Http.as(port, PostgresServer.ADMIN_USER, PostgresServer.ADMIN_PASSWORD)
			.post("/api/admin/users/cchanger/password-reset",
					Map.of("temporaryPassword", temporary, "reason", "Forgotten password"))
			.status()).isEqualTo(200);
		String review = walk.task(walk.start("aauthor", PASSWORD), "Task_ReviewDocument");
		assertThat(walk.sign("cchanger", temporary, review, "REVIEWED", Map.of("reviewOutcome", "ACCEPTED")).status())
			.isEqualTo(403);
		String fresh = "Fresh-Secret-2026!";
		assertThat(Http.as(port, "cchanger", temporary)
			.post("/api/account/password", Map.of("currentPassword", temporary, "newPassword", fresh))
			.status()).isEqualTo(200);
		Http.Response third = walk.sign("cchanger", fresh, review, "REVIEWED", Map.of("reviewOutcome", "ACCEPTED"));
		assertThat(third.status()).as(third.body()).isEqualTo(200);
		assertThat(third.json().get("certificateSerial").asText()).isNotEqualTo(serial);
		var old = Http.as(port, "rreviewer", PASSWORD)
			.get("/api/signatures/" + first.json().get("signatureId").asText())
			.json();
		assertThat(old.get("valid").asBoolean()).isTrue();
		assertThat(old.get("certificateStatus").asText()).isEqualTo("REVOKED");
	}

	@Test
	void showsChangesAndMovedSignaturesOnPostgres() {
		// the job executor runs here, so the instances stay at the approval step while
		// the test changes them
		SigningWalk walk = walk();
		String pi = walk.start("aauthor", PASSWORD);
		String changed = reviewed(walk, pi);
		String moved = reviewed(walk, walk.start("aauthor", PASSWORD));
		Http reader = Http.as(port, "rreviewer", PASSWORD);
		assertThat(reader.get("/api/signatures/" + changed).json().get("recordChangedSinceSigning").asBoolean())
			.isFalse();

		server.getBean(RuntimeService.class).setVariable(pi, "reviewComment", "rewritten afterwards");
		JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
		String movedFrom = jdbc.queryForObject("select process_instance_id from gxp_signature where id = ?",
				String.class, moved);
		jdbc.update("update gxp_signature set process_instance_id = ? where id = ?", pi, moved);
		try {
			assertThat(reader.get("/api/signatures/" + changed).json().get("recordChangedSinceSigning").asBoolean())
				.isTrue();
			assertThat(reader.get("/api/signatures/" + changed).json().get("valid").asBoolean()).isTrue();
			assertThat(reader.get("/api/signatures/" + moved).json().get("valid").asBoolean()).isFalse();
		}
		finally {
			// put back: the ledger seals every signature, and other ITs on this shared
			// server verify the whole ledger (UpgradeIntegrityIT, BackupRestoreDrillIT)
			jdbc.update("update gxp_signature set process_instance_id = ? where id = ?", movedFrom, moved);
		}
	}

	private static String reviewed(SigningWalk walk, String pi) {
		Http.Response r = walk.sign("rreviewer", PASSWORD, walk.task(pi, "Task_ReviewDocument"), "REVIEWED",
				Map.of("reviewOutcome", "ACCEPTED", "reviewComment", "fine"));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json().get("signatureId").asText();
	}

	@Test
	void locksAfterFiveWrongSigningPasswordsOverTheApi() {
		SigningWalk walk = walk();
		String review = walk.task(walk.start("aauthor", PASSWORD), "Task_ReviewDocument");
		for (int i = 1; i < 5; i++) {
			assertThat(walk.sign("llocked", PASSWORD, "Wrong-Password-99", review, "REVIEWED", Map.of()).status())
				.isEqualTo(401);
		}
		assertThat(walk.sign("llocked", PASSWORD, "Wrong-Password-99", review, "REVIEWED", Map.of()).status())
			.isEqualTo(423);
		assertThat(Http.as(port, "llocked", PASSWORD).get("/api/account").status()).isEqualTo(401);
	}

	private static SigningWalk walk() {
		return new SigningWalk(port, Http.as(port, "rreviewer", PASSWORD));
	}

	private static String taskOf(String pi, String key) {
		// the engine shows a step only to those who may work it: the approval to the
		// approver, the review to the reviewer
		String user = "Task_ApproveDocument".equals(key) ? "bapprover" : "rreviewer";
		var tasks = Http.as(port, user, PASSWORD)
			.get("/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=" + key)
			.json();
		assertThat(tasks.size()).isEqualTo(1);
		return tasks.get(0).get("id").asText();
	}

	private static byte[] bytes(String path) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(("bapprover:" + PASSWORD).getBytes()))
			.build();
		var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
