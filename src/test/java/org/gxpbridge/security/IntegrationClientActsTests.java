package org.gxpbridge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gxpbridge.support.Http.vars;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.shared.ReasonForChange;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.SignatureException;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An integration client at work (issue 16 item 7, CHK-13, CHK-23): its token opens the
 * API and the engine's REST API with its granted roles, it is named as the actor of every
 * ledger entry its requests cause, it never signs on any route, never reaches a page or
 * gets a session, and an unregistered, revoked or expired token is refused and recorded.
 */
@GxpServerTest
@Verifies({ "CHK-23", "P11-10d" })
class IntegrationClientActsTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Signatures signatures;

	@Autowired
	Accounts accounts;

	@Autowired
	IntegrationClients clients;

	/** Every ledger entry the request writes names the client, as a client. */
	<T> T namedAsSource(String principal, Supplier<T> request) {
		long before = ledger.latestSeq();
		T result = request.get();
		List<AuditEntry> written = ledger.entriesBetween(before, ledger.latestSeq(), Integer.MAX_VALUE);
		assertThat(written).as("the request wrote entries").isNotEmpty();
		assertThat(written).allSatisfy(e -> {
			assertThat(e.actorId()).as(e.action() + " " + e.objectType()).isEqualTo(principal);
			assertThat(e.actorRole()).as(e.action()).startsWith("INTEGRATION_CLIENT");
			assertThat(e.actorName()).as(e.action()).contains("integration client of owner");
		});
		return result;
	}

	@Test
	@Verifies({ "CHK-13", "P11-10e", "P11-200a2" })
	void aClientStartsAProcessAndWorksAStepAndEveryEntryNamesIt_CHK23() {
		JsonNode registered = IntegrationClientRegisterTests.register(port,
				IntegrationClientRegisterTests.uniqueName("dms"), List.of("PROCESS_OWNER", "REVIEWER"));
		String principal = registered.get("client").get("principal").asText();
		Http client = Http.anonymous(port).withHeader("Authorization", "Bearer " + registered.get("token").asText());
		String number = "SOP-CLIENT-" + System.nanoTime();
		Http.Response started = namedAsSource(principal,
				() -> client.post("/engine-rest/process-definition/key/DocumentApprovalProcess/start",
						Map.of("businessKey", number, "variables", vars("documentNumber", number, "documentTitle",
								"Interface spec", "documentVersion", "1.0", "changeSummary", "from the DMS"))));
		assertThat(started.status()).as(started.body()).isEqualTo(200);
		assertThat(started.header("Set-Cookie")).as("a client never gets a session").isNull();
		String pi = started.json().get("id").asText();
		String review = client.get("/engine-rest/task?processInstanceId=" + pi).json().get(0).get("id").asText();

		// a client never signs: not over the signing API, not by completing the signing
		// step over engine REST, not through the inbox's signing form
		Http.Response overApi = client.post("/api/tasks/" + review + "/sign", Map.of("meaning", "REVIEWED", "password",
				Http.DEMO_PASSWORD, "variables", Map.of("reviewOutcome", "CHANGES_REQUESTED")));
		assertThat(overApi.status()).isEqualTo(403);
		assertThat(overApi.json().get("error").asText()).isEqualTo("clients_cannot_sign");
		Http.Response overEngine = client.post("/engine-rest/task/" + review + "/complete",
				Map.of("variables", vars("reviewOutcome", "APPROVED")));
		assertThat(overEngine.status()).as(overEngine.body()).isEqualTo(403);
		assertThat(overEngine.body()).contains("clients_cannot_sign");
		Http.Response overForm = client.post("/engine-rest/task/" + review + "/submit-form",
				Map.of("variables", vars("reviewOutcome", "APPROVED")));
		assertThat(overForm.status()).as(overForm.body()).isEqualTo(403);
		Http.Response overInbox = client.postRaw("/inbox/tasks/" + review + "/sign",
				"application/x-www-form-urlencoded", "meaning=REVIEWED&password=x");
		assertThat(overInbox.status()).as("pages are not a client's door: refused as anonymous").isEqualTo(403);
		Http.Response inboxPage = client.get("/inbox");
		assertThat(inboxPage.status()).as("the token opens no page").isEqualTo(302);
		assertThat(inboxPage.header("Location")).endsWith("/login");
		assertThatThrownBy(() -> signatures.sign(new SignRequest(review, principal, Http.DEMO_PASSWORD, "REVIEWED",
				Map.of("reviewOutcome", "APPROVED"), null, null)))
			.isInstanceOfSatisfying(SignatureException.class,
					e -> assertThat(e.code()).isEqualTo("clients_cannot_sign"));
		assertThat(jdbc.queryForObject("select count(*) from gxp_signature where process_instance_id = ?",
				Integer.class, pi))
			.as("nothing was signed")
			.isZero();
		assertThat(client.get("/engine-rest/task/" + review).status()).as("the review is still open").isEqualTo(200);

		// a person reviews; the client, as author, works the revision it is assigned
		Http.Response signed = Http.as(port, "reviewer")
			.post("/api/tasks/" + review + "/sign", Map.of("meaning", "REVIEWED", "password", Http.DEMO_PASSWORD,
					"variables", Map.of("reviewOutcome", "CHANGES_REQUESTED")));
		assertThat(signed.status()).as(signed.body()).isEqualTo(200);
		JsonNode revise = client.get("/engine-rest/task?processInstanceId=" + pi).json().get(0);
		assertThat(revise.get("assignee").asText()).isEqualTo(principal);
		Http.Response completed = namedAsSource(principal,
				() -> client.post("/engine-rest/task/" + revise.get("id").asText() + "/complete",
						Map.of("variables", vars("documentVersion", "1.1", "changeSummary", "review comments"))));
		assertThat(completed.status()).as(completed.body()).isEqualTo(204);
		assertThat(Http.as(port, "inspector")
			.get("/engine-rest/history/process-instance/" + pi)
			.json()
			.get("startUserId")
			.asText()).isEqualTo(principal);
	}

	@Test
	void theEngineSeesTheClientWithItsRolesAsGroups() {
		JsonNode registered = IntegrationClientRegisterTests.register(port,
				IntegrationClientRegisterTests.uniqueName("qms"), List.of("AUDITOR"));
		String principal = registered.get("client").get("principal").asText();
		Http client = Http.anonymous(port).withHeader("Authorization", "Bearer " + registered.get("token").asText());
		assertThat(client.get("/engine-rest/group?member=" + principal).json().findValuesAsText("id"))
			.containsExactly("AUDITOR");
		Http.Response start = client.post("/engine-rest/process-definition/key/DocumentApprovalProcess/start",
				Map.of("businessKey", "NOT-A-STARTER", "variables", vars("documentNumber", "NOT-A-STARTER")));
		assertThat(start.status()).as("engine authorization applies as to a person").isEqualTo(403);
		assertThat(client.get("/api/admin/users").status()).isEqualTo(403);
		assertThat(client.get("/").status()).as("no page").isEqualTo(302);
	}

	/**
	 * An attacker's pass with a valid token: the webapps' second copy of engine REST, an
	 * encoded or trailing-slash path to the admin API, the same start twice. The token
	 * opens engine REST and /api/** as its roles allow and nothing else (DESIGN.md §5: a
	 * second route to the same engine operation holds the same rules).
	 */
	@Test
	@Verifies({ "CHK-24", "P11-10d", "P11-10g" })
	void aTokenOpensNoSecondRouteToTheEngineAndNoEncodedPathToTheAdminApi() {
		JsonNode registered = IntegrationClientRegisterTests.register(port,
				IntegrationClientRegisterTests.uniqueName("probe"), List.of("PROCESS_OWNER"));
		Http client = Http.anonymous(port).withHeader("Authorization", "Bearer " + registered.get("token").asText());
		String number = "SOP-PROBE-" + System.nanoTime();
		Map<String, Object> start = Map.of("businessKey", number, "variables", vars("documentNumber", number,
				"documentTitle", "Probe", "documentVersion", "1.0", "changeSummary", "x"));
		long instancesBefore = count("select count(*) from ACT_HI_PROCINST where BUSINESS_KEY_ = ?", number);
		for (String path : List.of(
				"/camunda/api/engine/engine/default/process-definition/key/DocumentApprovalProcess/start",
				"/camunda/api/engine/engine/default/process-definition/key/DocumentApprovalProcess/start/")) {
			Http.Response r = client.post(path, start);
			assertThat(r.status()).as(path + " " + r.body()).isIn(302, 401, 403, 404);
			if (r.status() == 302) {
				assertThat(r.header("Location")).as(path).endsWith("/login");
			}
		}
		Http.Response read = client.get("/camunda/api/engine/engine/default/process-definition");
		assertThat(read.status()).as("the webapps' engine REST is for signed-in people: the token is not a login")
			.isIn(302, 401, 403);
		assertThat(read.body()).doesNotContain("DocumentApprovalProcess");
		assertThat(count("select count(*) from ACT_HI_PROCINST where BUSINESS_KEY_ = ?", number))
			.isEqualTo(instancesBefore);
		for (String path : List.of("/api/admin/clients", "/api/admin/clients/", "/api/admin/%63lients",
				"/api/admin/clients;x=1", "/api/admin/./clients", "/api/%61dmin/clients", "/API/admin/clients")) {
			Http.Response r = client.get(path);
			assertThat(r.status()).as(path + " " + r.body()).isIn(302, 400, 401, 403, 404);
			if (r.status() == 302) {
				assertThat(r.header("Location")).as("a path no API route matches is a page: to the login")
					.endsWith("/login");
			}
			assertThat(r.body()).as(path).doesNotContain("\"principal\"");
		}
		Http.Response register = client.post("/api/admin/clients/",
				Map.of("name", "evil-" + System.nanoTime(), "ownerId", "owner", "roles", List.of("ADMIN")));
		assertThat(register.status()).as(register.body()).isIn(400, 401, 403, 404);
		assertThat(client.post("/engine-rest/process-definition/key/DocumentApprovalProcess/start", start).status())
			.as("the door it has still works")
			.isEqualTo(200);
	}

	private long count(String sql, Object... args) {
		Long n = jdbc.queryForObject(sql, Long.class, args);
		return n == null ? 0 : n;
	}

	@Test
	@Verifies({ "P11-10h" })
	void unregisteredRevokedAndExpiredTokensAreRefusedAndRecorded_CHK23() {
		long before = ledger.latestSeq();
		String forged = "gxpc_" + "A".repeat(43);
		for (String token : List.of(forged, "not-a-client-token")) {
			Http.Response r = Http.anonymous(port).withHeader("Authorization", "Bearer " + token).get("/api/account");
			assertThat(r.status()).isEqualTo(401);
			assertThat(r.json().get("error").asText()).isEqualTo("invalid_client_token");
			assertThat(Http.anonymous(port)
				.withHeader("Authorization", "Bearer " + token)
				.post("/engine-rest/process-definition/key/DocumentApprovalProcess/start", Map.of())
				.status()).isEqualTo(401);
		}
		JsonNode registered = IntegrationClientRegisterTests.register(port,
				IntegrationClientRegisterTests.uniqueName("old"), List.of("AUDITOR"));
		String id = registered.get("client").get("clientId").asText();
		Http client = Http.anonymous(port).withHeader("Authorization", "Bearer " + registered.get("token").asText());
		Timestamp expires = jdbc.queryForObject("select expires_at from gxp_integration_client where client_id = ?",
				Timestamp.class, id);
		try {
			jdbc.update("update gxp_integration_client set expires_at = ? where client_id = ?",
					Timestamp.from(Instant.now().minusSeconds(1)), id);
			assertThat(client.get("/api/account").status()).as("expired").isEqualTo(401);
		}
		finally {
			jdbc.update("update gxp_integration_client set expires_at = ? where client_id = ?", expires, id);
		}
		List<AuditEntry> refusals = ledger.entriesBetween(before, ledger.latestSeq(), Integer.MAX_VALUE)
			.stream()
			.filter(e -> SecurityEventType.CLIENT_TOKEN_REFUSED.name().equals(e.action()))
			.toList();
		assertThat(refusals).hasSize(5);
		assertThat(refusals).extracting(AuditEntry::actorId)
			.contains(IntegrationClients.UNREGISTERED, registered.get("client").get("principal").asText());
		assertThat(refusals).allSatisfy(e -> assertThat(e.newValue()).doesNotContain(forged.substring(5)));
		assertThat(jdbc.queryForObject("select count(*) from gxp_security_event where detail like ?", Integer.class,
				"%" + forged.substring(5) + "%"))
			.as("no token value in the security log")
			.isZero();
	}

	@Test
	void aClientStopsWhenItsOwnerLeaves() {
		String owner = "cowner-" + UUID.randomUUID().toString().substring(0, 6);
		accounts.create(new NewAccount(owner, "Clara Owner", owner + "@example.test", Set.of(Role.PROCESS_OWNER),
				"Initial-Pass-2026!", null), "admin");
		RegisteredClient registered = clients.register(IntegrationClientRegisterTests.uniqueName("leaver"), owner,
				Set.of(Role.AUDITOR), null, "admin");
		Http client = Http.anonymous(port).withHeader("Authorization", "Bearer " + registered.token());
		assertThat(client.get("/engine-rest/process-definition?latestVersion=true").status()).isEqualTo(200);
		ReasonForChange.withReason("left the company", () -> {
			accounts.deactivate(owner, "admin");
			return null;
		});
		Http.Response refused = client.get("/engine-rest/process-definition?latestVersion=true");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.json().get("error").asText()).isEqualTo("invalid_client_token");
	}

}
