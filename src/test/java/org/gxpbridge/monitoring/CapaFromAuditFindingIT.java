package org.gxpbridge.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.gxpbridge.support.Browser;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.PostgresServer;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12 end to end on the production database: an internal audit's finding raises a
 * CAPA that is investigated, acted on, checked for effectiveness and closed with a
 * signature, all over HTTP as the people who do it, with the job executor running and the
 * timers reached by moving the engine clock; then the CAPA pages in chromium.
 */
@Tag("shared-postgres")
@Verifies({ "P11-70", "A11-13", "CHK-01", "URS-22", "URS-23" })
class CapaFromAuditFindingIT {

	static final String PASSWORD = "Capa-Walk-Secret-2026!";

	static ConfigurableApplicationContext server;

	static int port;

	@BeforeAll
	static void start() {
		server = PostgresServer.shared();
		port = PostgresServer.port(server);
		Http admin = Http.as(port, PostgresServer.ADMIN_USER, PostgresServer.ADMIN_PASSWORD);
		person(admin, "qquality", "Quinn Quality", "QUALITY_MANAGER");
		person(admin, "aauditor", "Ada Auditor", "AUDITOR");
		person(admin, "oowner", "Otto Owner", "PROCESS_OWNER");
		person(admin, "capprover", "Bea Approver", "APPROVER");
	}

	@AfterAll
	static void stop() {
		ClockUtil.reset();
	}

	static void person(Http admin, String id, String name, String role) {
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

	static Http as(String user) {
		return Http.as(port, user, PASSWORD);
	}

	/** Waits for the running job executor to bring the instance to the step. */
	static Task await(String processInstanceId, String taskKey) {
		return await(() -> server.getBean(TaskService.class)
			.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(taskKey)
			.list()
			.stream()
			.findFirst()
			.orElse(null), taskKey + " in " + processInstanceId);
	}

	static <T> T await(Supplier<T> probe, String what) {
		Instant until = Instant.now().plus(Duration.ofSeconds(90));
		while (Instant.now().isBefore(until)) {
			T value = probe.get();
			if (value != null) {
				return value;
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
		throw new AssertionError("timed out waiting for " + what);
	}

	/** The engine clock moves past the timer; the job executor fires it. */
	static void moveClockPast(String processInstanceId) {
		Date due = await(() -> server.getBean(ManagementService.class)
			.createJobQuery()
			.processInstanceId(processInstanceId)
			.timers()
			.singleResult(), "timer of " + processInstanceId).getDuedate();
		ClockUtil.setCurrentTime(Date.from(due.toInstant().plusSeconds(60)));
	}

	static void complete(String user, Task task, Map<String, Object> variables) {
		if (task.getAssignee() == null) {
			assertThat(as(user).post("/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", user)).status())
				.isEqualTo(204);
		}
		Http.Response done = as(user).post("/engine-rest/task/" + task.getId() + "/complete",
				Map.of("variables", variables));
		assertThat(done.status()).as(done.body()).isEqualTo(204);
	}

	static Http.Response sign(String user, Task task, Map<String, Object> variables) {
		return as(user).post("/api/tasks/" + task.getId() + "/sign",
				Map.of("meaning", "APPROVED", "password", PASSWORD, "variables", variables));
	}

	@Test
	void aFindingBecomesACapaThatIsClosedWithASignatureAndShownOnItsPage() {
		// the programme: a high-risk area owned by Otto, audited by Ada
		Http.Response enrolled = as("qquality").post("/api/audit-areas",
				Map.of("name", "Electronic records", "ownerId", "oowner", "riskLevel", "HIGH"));
		assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
		String areaPi = enrolled.json().get("processInstanceId").asText();
		String areaId = enrolled.json().get("id").asText();
		moveClockPast(areaPi);
		Task plan = await(areaPi, InternalAuditModel.TASK_PLAN);
		Http.Response ownAudit = as("qquality").post("/engine-rest/task/" + plan.getId() + "/complete",
				Map.of("variables", Http.vars("auditor", "oowner", "auditScope", "21-CFR-11/11.10(e)")));
		assertThat(ownAudit.status()).as("the owner may not audit their own area").isEqualTo(409);
		assertThat(ownAudit.body()).contains("may not audit it");
		complete("qquality", plan,
				Http.vars("auditor", "aauditor", "auditScope", "21-CFR-11/11.10(e)\n21-CFR-11/11.10(g)"));
		String auditId = as("aauditor").get("/api/audit-areas/" + areaId + "/audits").json().get(0).get("id").asText();
		Http.Response finding = as("aauditor").post("/api/audits/" + auditId + "/findings", Map.of("severity", "MAJOR",
				"requirementId", "21-CFR-11/11.10(e)", "description", "Record changes without a reason"));
		assertThat(finding.status()).as(finding.body()).isEqualTo(201);
		String findingId = finding.json().get("id").asText();
		complete("aauditor", await(areaPi, InternalAuditModel.TASK_EXECUTE),
				Http.vars("auditSummary", "One major finding"));
		Http.Response report = sign("capprover", await(areaPi, InternalAuditModel.TASK_APPROVE_REPORT),
				Map.of("reportDecision", "APPROVED"));
		assertThat(report.status()).as(report.body()).isEqualTo(200);
		complete("qquality", await(areaPi, InternalAuditModel.TASK_DISPOSE_FINDING),
				Http.vars("findingDisposition", "RAISE_CAPA"));

		// the CAPA the finding raised
		JsonNode capa = await(() -> {
			for (JsonNode c : as("capprover").get("/api/capas").json()) {
				if (findingId.equals(c.get("sourceReference").asText())) {
					return c;
				}
			}
			return null;
		}, "the CAPA of " + findingId);
		assertThat(capa.get("source").asText()).isEqualTo("AUDIT_FINDING");
		assertThat(capa.get("priority").asText()).isEqualTo("MEDIUM");
		String capaId = capa.get("id").asText();
		String capaPi = capa.get("processInstanceId").asText();
		complete("qquality", await(capaPi, CapaModel.TASK_INVESTIGATE),
				Http.vars("rootCauseMethod", "FIVE_WHYS", "why1", "Reason not mandatory", "why2",
						"Form field optional since release 2.3", "rootCause", "Requirement lost in a form change"));
		String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
		Http.Response late = as("qquality").post("/api/capas/" + capaId + "/actions",
				Map.of("description", "Make the reason mandatory", "ownerId", "oowner", "dueDate", yesterday));
		assertThat(late.status()).isEqualTo(400);
		assertThat(late.json().get("message").asText()).contains("in the past");
		assertThat(as("qquality").get("/api/capas/" + capaId).json().get("actions")).isEmpty();
		assertThat(as("qquality")
			.post("/api/capas/" + capaId + "/actions", Map.of("description", "Make the reason mandatory", "ownerId",
					"oowner", "dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(14).toString()))
			.status()).isEqualTo(201);
		complete("qquality", await(capaPi, CapaModel.TASK_PLAN_ACTIONS), Http.vars("planComment", "one action"));
		Task action = await(capaPi, CapaModel.TASK_IMPLEMENT_ACTION);
		assertThat(action.getAssignee()).isEqualTo("oowner");
		complete("oowner", action, Http.vars("actionOutcome", "Reason mandatory since release 2.4 (CR-88)"));
		moveClockPast(capaPi);
		complete("qquality", await(capaPi, CapaModel.TASK_CHECK_EFFECTIVENESS),
				Http.vars("capaEffective", "EFFECTIVE", "effectivenessEvidence", "No change without reason since"));
		Task closure = await(capaPi, CapaModel.TASK_APPROVE_CLOSURE);
		assertThat(sign("qquality", closure, Map.of("closureDecision", "APPROVED")).status())
			.as("who opened and investigated the CAPA does not approve its closure")
			.isEqualTo(403);
		Http.Response signed = sign("capprover", closure, Map.of("closureDecision", "APPROVED"));
		assertThat(signed.status()).as(signed.body()).isEqualTo(200);
		JsonNode closed = await(() -> {
			JsonNode c = as("oowner").get("/api/capas/" + capaId).json();
			return "CLOSED".equals(c.get("status").asText()) ? c : null;
		}, capaId + " closed");
		assertThat(closed.get("closedBy").asText()).isEqualTo("capprover");

		if (Browser.available()) {
			try (Browser browser = new Browser(port)) {
				WebDriver d = browser.open("/login").driver();
				d.findElement(By.id("username")).sendKeys("oowner");
				d.findElement(By.id("password")).sendKeys(PASSWORD);
				d.findElement(By.id("sign-in")).click();
				// the login finishes before the next page opens (a page opened while its
				// POST is
				// under way aborts it)
				new WebDriverWait(d, Duration.ofSeconds(15)).until(x -> !x.getCurrentUrl().contains("/login"));
				browser.open("/capas");
				assertThat(d.findElement(By.id("capas")).getText()).contains(capaId).contains("CLOSED");
				browser.screenshot("capa-register");
				d.findElement(By.linkText(capaId)).click();
				assertThat(d.findElement(By.id("root-cause-statement")).getText())
					.isEqualTo("Requirement lost in a form change");
				assertThat(d.findElement(By.id("whys")).getText()).contains("Form field optional since release 2.3");
				assertThat(d.findElement(By.id("actions")).getText()).contains("Make the reason mandatory")
					.contains("oowner")
					.contains("DONE");
				assertThat(d.findElement(By.id("status")).getText()).isEqualTo("CLOSED");
				browser.screenshot("capa-page");
			}
		}

		// the closure signature covers the CAPA record in its table
		String signatureId = signed.json().get("signatureId").asText();
		assertThat(
				as("oowner").get("/api/signatures/" + signatureId).json().get("recordChangedSinceSigning").asBoolean())
			.isFalse();
		JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
		String rootCause = jdbc.queryForObject("select root_cause from gxp_capa where id = ?", String.class, capaId);
		jdbc.update("update gxp_capa set root_cause = 'unknown' where id = ?", capaId);
		try {
			assertThat(as("oowner").get("/api/signatures/" + signatureId)
				.json()
				.get("recordChangedSinceSigning")
				.asBoolean()).isTrue();
		}
		finally {
			// put back: the shared PostgreSQL server's ledger seals the CAPA, and the
			// other
			// ITs on it verify the whole ledger (UpgradeIntegrityIT,
			// BackupRestoreDrillIT)
			jdbc.update("update gxp_capa set root_cause = ? where id = ?", rootCause, capaId);
		}
	}

}
