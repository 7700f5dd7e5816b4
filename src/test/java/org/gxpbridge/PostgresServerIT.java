package org.gxpbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gxpbridge.support.Http.vars;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.gxpbridge.support.Http;
import org.gxpbridge.support.PostgresServer;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole server on a real PostgreSQL with the production profile: Flyway schema, first
 * admin from the environment, no demo users, a full document approval walked over HTTP
 * with the job executor running.
 */
@Verifies("URS-10")
class PostgresServerIT {

	static ConfigurableApplicationContext server;
	static int port;

	@BeforeAll
	static void start() {
		// production's hash costs: this walk signs as an operator's server would
		server = PostgresServer.start(PostgresServer.newDatabase("gxp_foundation"), PostgresServer.PRODUCTION_HASHES);
		port = PostgresServer.port(server);
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	@Verifies({ "CHK-05", "URS-06" })
	void startsHealthyOnPostgresWithFlywayTablesInUtc() {
		assertThat(Http.anonymous(port).get("/actuator/health").json().get("status").asText()).isEqualTo("UP");
		JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
		assertThat(jdbc.queryForObject("select count(*) from gxp_schema_history where success", Integer.class))
			.isGreaterThanOrEqualTo(2);
		assertThat(jdbc.queryForObject("show timezone", String.class)).isEqualTo("UTC");
		assertThat(jdbc.queryForObject("select value_ from act_ge_property where name_ = 'historyLevel'", String.class))
			.isEqualTo("3");
	}

	@Test
	@Verifies("P11-10d")
	void hasNoDemoUsersButTheInitialAdminFromTheEnvironment() {
		assertThat(Http.as(port, "reviewer").get("/api/account").status()).isEqualTo(401);
		Http admin = Http.as(port, PostgresServer.ADMIN_USER, PostgresServer.ADMIN_PASSWORD);
		assertThat(admin.get("/api/admin/users").json().findValuesAsText("userId"))
			.containsExactly(PostgresServer.ADMIN_USER);
	}

	@Test
	void walksADocumentApprovalWithAccountsCreatedByTheAdmin() throws InterruptedException {
		Http admin = Http.as(port, PostgresServer.ADMIN_USER, PostgresServer.ADMIN_PASSWORD);
		for (String[] u : new String[][] { { "aauthor", "PROCESS_OWNER" }, { "rreviewer", "REVIEWER" },
				{ "aapprover", "APPROVER" } }) {
			assertThat(admin
				.post("/api/admin/users", Map.of("userId", u[0], "fullName", "Person " + u[0], "email",
						u[0] + "@example.com", "roles", List.of(u[1]), "initialPassword", "Initial-Passw0rd!"))
				.status()).isEqualTo(201);
			// 11.100(b): a signer's identity is verified before they sign
			assertThat(admin
				.post("/api/admin/users/" + u[0] + "/identity-verification",
						Map.of("method", "HR_RECORD", "reference", "HR file of " + u[0]))
				.status()).isEqualTo(201);
			assertThat(Http.as(port, u[0], "Initial-Passw0rd!")
				.post("/api/account/password",
						Map.of("currentPassword", "Initial-Passw0rd!", "newPassword", "Personal-Passw0rd!"))
				.status()).isEqualTo(200);
		}
		Http author = Http.as(port, "aauthor", "Personal-Passw0rd!");
		Http reviewer = Http.as(port, "rreviewer", "Personal-Passw0rd!");
		Http approver = Http.as(port, "aapprover", "Personal-Passw0rd!");
		String pi = author.post("/engine-rest/process-definition/key/DocumentApprovalProcess/start",
				Map.of("businessKey", "SOP-PG-1", "variables", vars("documentNumber", "SOP-PG-1", "documentTitle",
						"Backup", "documentVersion", "1.0", "changeSummary", "new")))
			.json()
			.get("id")
			.asText();
		String review = reviewer.get("/engine-rest/task?processInstanceId=" + pi).json().get(0).get("id").asText();
		assertThat(reviewer
			.post("/api/tasks/" + review + "/sign", Map.of("meaning", "REVIEWED", "password", "Personal-Passw0rd!",
					"variables", Map.of("reviewOutcome", "ACCEPTED")))
			.status()).isEqualTo(200);
		String approve = approver.get("/engine-rest/task?processInstanceId=" + pi).json().get(0).get("id").asText();
		assertThat(approver
			.post("/api/tasks/" + approve + "/sign", Map.of("meaning", "APPROVED", "password", "Personal-Passw0rd!",
					"variables", Map.of("approvalOutcome", "APPROVED")))
			.status()).isEqualTo(200);
		// the job executor makes the approved version effective; the document's lifecycle
		// then waits for its periodic review
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		List<String> effective = List.of();
		while (Instant.now().isBefore(deadline) && !effective.contains("SOP-PG-1")) {
			Thread.sleep(250);
			effective = author.get("/api/controlled-documents").json().findValuesAsText("documentNumber");
		}
		assertThat(effective).as("the job executor made the document effective").contains("SOP-PG-1");
		assertThat(author.get("/engine-rest/history/process-instance/" + pi).json().get("state").asText())
			.as("the lifecycle goes on to the periodic review")
			.isEqualTo("ACTIVE");
	}

	@Test
	void demoProfileRefusesToRunAgainstPostgres() {
		String url = PostgresServer.newDatabase("gxp_demo_refused");
		assertThatThrownBy(() -> PostgresServer.start(url, Map.of(), "postgres", "demo").close()).satisfies(
				e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e).getMessage()).contains("demo profile")
					.contains("refuses to run against PostgreSQL"));
	}

}
