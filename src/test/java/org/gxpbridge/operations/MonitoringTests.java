package org.gxpbridge.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.TaskService;
import org.gxpbridge.documents.DocumentClient;
import org.gxpbridge.documents.SampleFiles;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 16, metrics and health: the Prometheus scrape is for ADMIN and IT_SECURITY only,
 * however its path is spelled, and carries our meters and the engine's; the health probe
 * tells anonymous callers the status only and administrators every component, the clock
 * (CHK-05) included.
 */
@GxpServerTest
@Verifies({ "A11-11", "URS-31" })
class MonitoringTests {

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private static final List<String> OUR_METERS = List.of("gxp_ledger_unsealed",
			"gxp_ledger_unsealed_oldest_age_seconds", "gxp_ledger_checkpoint_age_seconds", "gxp_mail_outbox_pending",
			"gxp_mail_outbox_oldest_age_seconds", "gxp_mail_outbox_failed", "gxp_signature_failures_total",
			"gxp_signature_failure_streaks", "gxp_login_failures_total", "gxp_accounts_locked",
			"gxp_documents_parse_queue", "gxp_documents_parse_active", "gxp_clock_offset_seconds",
			"gxp_database_unavailable_refusals_total", "gxp_database_outage", "camunda_activity_instance_start_total",
			"camunda_job_successful_total", "camunda_incidents_open", "camunda_jobs_failed");

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TaskService tasks;

	@Test
	void prometheusScrapeAnswersAdministratorsAndItSecurityWithOurMeters() {
		for (String user : List.of("admin", "itsec")) {
			HttpResponse<String> scrape = get("/actuator/prometheus", user);
			assertThat(scrape.statusCode()).as(user).isEqualTo(200);
			for (String meter : OUR_METERS) {
				assertThat(scrape.body()).as(user + " sees " + meter).containsPattern("(?m)^" + meter + "[{ ]");
			}
		}
	}

	@Test
	void prometheusScrapeRefusesEveryOtherRoleAndAnonymousCallers() {
		for (String user : List.of("owner", "qm", "reviewer", "approver", "auditor", "inspector")) {
			assertThat(get("/actuator/prometheus", user).statusCode()).as(user).isEqualTo(403);
		}
		assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
	}

	@Test
	void spellingsOfTheScrapePathAndOtherActuatorEndpointsStayClosed() {
		List<String> failures = new ArrayList<>();
		List<String> spellings = List.of("/actuator/prometheus/", "/actuator/prometheus;x=1", "/actuator//prometheus",
				"/actuator/%70rometheus", "/actuator/./prometheus", "/actuator/health/../prometheus",
				"/ACTUATOR/prometheus", "/actuator/Prometheus", "/actuator;x=1/prometheus");
		for (String path : spellings) {
			for (String user : new String[] { null, "reviewer", "inspector" }) {
				int status = get(path, user).statusCode();
				if (status == 200) {
					failures.add(user + " " + path + " -> " + status);
				}
			}
		}
		for (String path : List.of("/actuator", "/actuator/env", "/actuator/metrics", "/actuator/beans",
				"/actuator/heapdump", "/actuator/configprops", "/actuator/loggers", "/actuator/%65nv",
				"/actuator/health/../env")) {
			for (String user : new String[] { null, "admin", "itsec" }) {
				int status = get(path, user).statusCode();
				if (status == 200) {
					failures.add(user + " " + path + " -> " + status);
				}
			}
		}
		assertThat(failures).as("actuator spellings that answered").isEmpty();
	}

	@Test
	void failedLoginMovesTheLoginFailureCounter() {
		String series = "gxp_login_failures_total{application=\"gxp-bridge\",channel=\"login\",outcome=\"bad_credentials\"}";
		double before = value(get("/actuator/prometheus", "itsec").body(), series);
		assertThat(Http.as(port, "nobody-" + System.nanoTime(), "Wrong-Password-1").get("/api/account").status())
			.isEqualTo(401);
		assertThat(Http.as(port, "nobody-" + System.nanoTime(), "Wrong-Password-2").get("/api/account").status())
			.isEqualTo(401);
		assertThat(value(get("/actuator/prometheus", "itsec").body(), series)).isEqualTo(before + 2);
	}

	@Test
	void entryAwaitingItsSealShowsInTheLedgerGauge() {
		// the sealer runs every few seconds; an entry inserted in this uncommitted
		// transaction is seen by the gauge (same connection) and never by the sealer
		transactions.executeWithoutResult(tx -> {
			jdbc.update("insert into gxp_audit_entry (recorded_at, actor_id, action, object_type) "
					+ "values (current_timestamp - interval '5' minute, 'system', 'MONITORING_PROBE', 'Probe')");
			assertThat(meters.get("gxp.ledger.unsealed").gauge().value()).isGreaterThanOrEqualTo(1);
			assertThat(meters.get("gxp.ledger.unsealed.oldest.age").gauge().value()).isGreaterThanOrEqualTo(299);
			tx.setRollbackOnly();
		});
		assertThat(meters.get("gxp.ledger.unsealed.oldest.age").gauge().value()).as("the probe rolled back")
			.isLessThan(299);
	}

	@Test
	void refusedUploadMovesTheRejectedDocumentsCounter() {
		SampleFiles.Hostile file = SampleFiles.hostileCorpus().get(0);
		double before = rejected(file.code());
		DocumentClient.Reply refused = new DocumentClient(port, "qm").upload(file.name(), file.bytes());
		assertThat(refused.status()).as(refused.text()).isEqualTo(file.status());
		assertThat(rejected(file.code())).isEqualTo(before + 1);
	}

	@Test
	void wrongSigningPasswordMovesTheSignatureFailureMeters() {
		String number = "METER-" + UUID.randomUUID().toString().substring(0, 8);
		Http.Response started = Http.as(port, "owner")
			.post("/engine-rest/process-definition/key/DocumentApprovalProcess/start",
					Map.of("businessKey", number, "variables", Http.vars("documentNumber", number, "documentTitle",
							"Meters", "documentVersion", "1.0", "changeSummary", "fixture")));
		assertThat(started.status()).as(started.body()).isEqualTo(200);
		String review = tasks.createTaskQuery()
			.processInstanceId(started.json().get("id").asText())
			.singleResult()
			.getId();
		double failures = meters.get("gxp.signature.failures").functionCounter().count();
		double streaks = meters.get("gxp.signature.failure.streaks").gauge().value();
		Map<String, Object> body = Map.of("meaning", "REVIEWED", "password", "Not-The-Password-1", "variables",
				Map.of("reviewOutcome", "REJECTED"));
		assertThat(Http.as(port, "reviewer").post("/api/tasks/" + review + "/sign", body).status()).isEqualTo(401);
		assertThat(meters.get("gxp.signature.failures").functionCounter().count()).isEqualTo(failures + 1);
		assertThat(meters.get("gxp.signature.failure.streaks").gauge().value()).isEqualTo(streaks + 1);
		Http.Response signed = Http.as(port, "reviewer")
			.post("/api/tasks/" + review + "/sign", Map.of("meaning", "REVIEWED", "password", Http.DEMO_PASSWORD,
					"variables", Map.of("reviewOutcome", "REJECTED")));
		assertThat(signed.status()).as(signed.body()).isEqualTo(200);
		assertThat(meters.get("gxp.signature.failure.streaks").gauge().value()).as("a good signature ends the streak")
			.isEqualTo(streaks);
	}

	private double rejected(String reason) {
		var counter = meters.find("gxp.documents.rejected").tag("reason", reason).counter();
		return counter == null ? 0 : counter.count();
	}

	@Test
	void healthTellsAnonymousCallersTheStatusOnly() {
		for (Http caller : List.of(Http.anonymous(port), Http.as(port, "reviewer"), Http.as(port, "inspector"))) {
			Http.Response health = caller.get("/actuator/health");
			assertThat(health.status()).isEqualTo(200);
			assertThat(health.json().size()).as("status only").isEqualTo(1);
			assertThat(health.json().get("status").asText()).isIn("UP", "WARN");
		}
	}

	@Test
	void healthShowsAdministratorsDatabaseSealerMailAndClock() {
		for (String user : List.of("admin", "itsec")) {
			var components = Http.as(port, user).get("/actuator/health").json().get("components");
			assertThat(components).as(user).isNotNull();
			for (String component : List.of("db", "sealer", "mail", "clock")) {
				assertThat(components.get(component)).as(user + " sees " + component).isNotNull();
				assertThat(components.get(component).get("status").asText()).as(component).isIn("UP", "WARN");
			}
			assertThat(components.get("sealer").get("details").get("warningAboveSeconds").asLong()).isEqualTo(60);
			assertThat(components.get("mail").get("details").has("pending")).isTrue();
		}
	}

	@Test
	@Verifies({ "CHK-05", "URS-31" })
	void clockComponentReportsTheOffsetToTheDatabase() {
		var clock = Http.as(port, "admin").get("/actuator/health").json().get("components").get("clock");
		assertThat(clock.get("status").asText()).as("H2 in the same JVM shares the server's clock").isEqualTo("UP");
		assertThat(clock.get("details").get("offsetMillis").isIntegralNumber()).isTrue();
		assertThat(Math.abs(clock.get("details").get("offsetMillis").asLong())).isLessThan(2000);
		assertThat(clock.get("details").get("warningAboveMillis").asLong()).isEqualTo(2000);
		assertThat(clock.get("details").get("databaseTime").asText()).endsWith("Z");
	}

	private static double value(String scrape, String series) {
		return scrape.lines()
			.filter(l -> l.startsWith(series + " "))
			.map(l -> Double.parseDouble(l.substring(series.length() + 1).trim()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no series " + series));
	}

	private HttpResponse<String> get(String path, String user) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.GET()
			.header("Accept", "text/plain");
		if (user != null) {
			b.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		try {
			return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
