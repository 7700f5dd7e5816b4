package org.gxpbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.shared.Sha256;
import org.gxpbridge.support.FormSession;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The register of integration clients (issue 16 item 7, CHK-13, CHK-23): only an
 * administrator registers and revokes, the token is shown once and only its SHA-256 is
 * kept, refused input stores nothing, names are never reused, and every change is in the
 * ledger.
 */
@GxpServerTest
@Verifies({ "CHK-13", "P11-10d" })
class IntegrationClientRegisterTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditLedger ledger;

	static String uniqueName(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static Map<String, Object> registration(String name, String owner, List<String> roles) {
		return Map.of("name", name, "ownerId", owner, "roles", roles);
	}

	/** Registers a client as admin and returns the answer (client and token). */
	static JsonNode register(int port, String name, List<String> roles) {
		Http.Response r = Http.as(port, "admin").post("/api/admin/clients", registration(name, "owner", roles));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	int clientRows() {
		return jdbc.queryForObject("select count(*) from gxp_integration_client", Integer.class);
	}

	@Test
	void registrationShowsTheTokenOnceAndStoresOnlyItsSha256_CHK13() {
		String name = uniqueName("erp");
		JsonNode answer = register(port, name, List.of("PROCESS_OWNER"));
		String token = answer.get("token").asText();
		String id = answer.get("client").get("clientId").asText();
		assertThat(token).matches("gxpc_[A-Za-z0-9_-]{43}");
		assertThat(answer.get("client").get("principal").asText()).isEqualTo("client:" + name);
		assertThat(jdbc.queryForObject("select token_hash from gxp_integration_client where client_id = ?",
				String.class, id))
			.isEqualTo(Sha256.hex(token));
		Http.Response list = Http.as(port, "admin").get("/api/admin/clients");
		assertThat(list.body()).contains(id).doesNotContain(token).doesNotContain(Sha256.hex(token));
		assertThat(Http.as(port, "admin").get("/api/admin/clients/" + id).body()).doesNotContain(token);
		assertThat(
				jdbc.queryForObject("select count(*) from gxp_audit_entry where new_value like ? or old_value like ?",
						Integer.class, "%" + token + "%", "%" + token + "%"))
			.as("the token is in no ledger entry")
			.isZero();
		List<AuditEntry> entries = ledger.entriesBetween(0, ledger.latestSeq(), Integer.MAX_VALUE)
			.stream()
			.filter(e -> id.equals(e.objectId()))
			.toList();
		assertThat(entries).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo(IntegrationClientChanged.REGISTERED);
			assertThat(e.actorId()).isEqualTo("admin");
			assertThat(e.objectType()).isEqualTo(IntegrationClientChanged.OBJECT_TYPE);
			assertThat(e.newValue()).contains("owner owner", "PROCESS_OWNER");
			assertThat(e.sourceTable()).as("the row is sealed").isEqualTo("gxp_integration_client");
		});
	}

	@Test
	void refusedRegistrationsNameTheProblemAndStoreNothing() {
		String taken = uniqueName("taken");
		register(port, taken, List.of("REVIEWER"));
		int before = clientRows();
		Http admin = Http.as(port, "admin");
		Map<String, String> refusals = Map.of("client_role_not_allowed",
				admin.post("/api/admin/clients", registration(uniqueName("boss"), "owner", List.of("ADMIN"))).body(),
				"client_roles_required",
				admin.post("/api/admin/clients", registration(uniqueName("none"), "owner", List.of())).body(),
				"invalid_client_name",
				admin.post("/api/admin/clients", registration("Bad Name!", "owner", List.of("REVIEWER"))).body(),
				"unknown_owner",
				admin.post("/api/admin/clients", registration(uniqueName("orphan"), "nobody-here", List.of("REVIEWER")))
					.body(),
				"client_name_taken",
				admin.post("/api/admin/clients", registration(taken.toUpperCase(), "owner", List.of("AUDITOR")))
					.body());
		refusals.forEach((code, body) -> assertThat(body).as(code).contains("\"" + code + "\""));
		assertThat(admin.post("/api/admin/clients", registration(taken, "owner", List.of("AUDITOR"))).status())
			.as("a name is never reused")
			.isEqualTo(409);
		assertThat(Http.as(port, "qm")
			.post("/api/admin/clients", registration(uniqueName("qm"), "owner", List.of("REVIEWER")))
			.status()).isEqualTo(403);
		assertThat(Http.as(port, "itsec")
			.post("/api/admin/clients", registration(uniqueName("itsec"), "owner", List.of("REVIEWER")))
			.status()).isEqualTo(403);
		assertThat(clientRows()).isEqualTo(before);
	}

	@Test
	@Verifies({ "P11-300c" })
	void revokingNeedsAReasonAndEndsTheToken() {
		JsonNode answer = register(port, uniqueName("lims"), List.of("AUDITOR"));
		String id = answer.get("client").get("clientId").asText();
		Http client = Http.anonymous(port).withHeader("Authorization", "Bearer " + answer.get("token").asText());
		assertThat(client.get("/engine-rest/process-definition?latestVersion=true").status()).isEqualTo(200);

		Http.Response noReason = Http.as(port, "admin").delete("/api/admin/clients/" + id);
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.json().get("error").asText()).isEqualTo("reason_required");
		assertThat(client.get("/engine-rest/process-definition?latestVersion=true").status()).as("still active")
			.isEqualTo(200);

		Http.Response revoked = Http.as(port, "admin")
			.withHeader("X-GxP-Reason", "system retired")
			.delete("/api/admin/clients/" + id);
		assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
		assertThat(revoked.json().get("client").get("revokedBy").asText()).isEqualTo("admin");
		Http.Response refused = client.get("/engine-rest/process-definition?latestVersion=true");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.json().get("error").asText()).isEqualTo("invalid_client_token");
		assertThat(
				Http.as(port, "admin").withHeader("X-GxP-Reason", "again").delete("/api/admin/clients/" + id).status())
			.isEqualTo(409);
		AuditEntry entry = ledger.entriesBetween(0, ledger.latestSeq(), Integer.MAX_VALUE)
			.stream()
			.filter(e -> id.equals(e.objectId()) && IntegrationClientChanged.REVOKED.equals(e.action()))
			.findFirst()
			.orElseThrow();
		assertThat(entry.actorId()).isEqualTo("admin");
		assertThat(entry.reason()).isEqualTo("system retired");
	}

	@Test
	void theAdminPageRegistersShowsTheTokenOnceAndRevokes() {
		FormSession admin = FormSession.signedIn(port, "admin", Http.DEMO_PASSWORD);
		String name = uniqueName("mes");
		HttpResponse<String> registered = admin.postForm("/admin/clients", "/admin/clients",
				"name=" + name + "&ownerId=owner&roles=PROCESS_OWNER&roles=REVIEWER");
		assertThat(registered.statusCode()).isEqualTo(200);
		String token = registered.body().replaceAll("(?s).*<pre id=\"token\">(gxpc_[A-Za-z0-9_-]{43})</pre>.*", "$1");
		assertThat(token).startsWith("gxpc_").hasSize(48);
		HttpResponse<String> list = admin.get("/admin/clients");
		assertThat(list.body()).contains("client:" + name).doesNotContain(token);
		String id = jdbc.queryForObject("select client_id from gxp_integration_client where name = ?", String.class,
				name);
		HttpResponse<String> noReason = admin.postForm("/admin/clients", "/admin/clients/" + id + "/revoke", "reason=");
		assertThat(noReason.body()).contains("was not revoked", "reason");
		HttpResponse<String> revoked = admin.postForm("/admin/clients", "/admin/clients/" + id + "/revoke",
				"reason=replaced+by+new+client");
		assertThat(revoked.statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select revoke_reason from gxp_integration_client where client_id = ?",
				String.class, id))
			.isEqualTo("replaced by new client");
		HttpResponse<String> itsec = FormSession.signedIn(port, "itsec", Http.DEMO_PASSWORD).get("/admin/clients");
		assertThat(itsec.statusCode()).as("IT security sees the security page, not the client register").isEqualTo(403);
	}

}
