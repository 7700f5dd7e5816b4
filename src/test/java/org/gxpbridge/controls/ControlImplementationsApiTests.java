package org.gxpbridge.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.audittrail.AuditQuery;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.documents.NewDocument;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * /api/controls/implementations as its users and an inspector meet it: a plan is refused
 * with a 400 naming what is wrong and nothing is stored; who may not plan gets 403; only
 * the owner working the implement step records the implementation, a changed description
 * needs a reason, and the audit trail holds old value, new value and reason.
 */
@GxpServerTest
@Verifies("URS-27")
class ControlImplementationsApiTests {

	static final String PATH = "/api/controls/implementations";

	@LocalServerPort
	int port;

	@Autowired
	Documents documents;

	@Autowired
	AuditLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	Map<String, Object> plan(String requirement, LocalDate due) {
		Map<String, Object> plan = new HashMap<>();
		plan.put("title", "Audit trail on for the MES");
		plan.put("category", "DATA_INTEGRITY");
		plan.put("requirements", List.of(requirement));
		plan.put("ownerId", "owner");
		plan.put("dueDate", due.toString());
		return plan;
	}

	int records() {
		return jdbc.queryForObject("select count(*) from gxp_control_implementation", Integer.class);
	}

	@Test
	void aPlanIsRecordedAndEveryRoleReadsIt() {
		var created = Http.as(port, "qm").post(PATH, plan("21-CFR-11/11.10(e)", LocalDate.now().plusDays(10)));
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().path("id").asText();
		assertThat(id).startsWith("CI-");
		assertThat(created.header("Location")).isEqualTo(PATH + "/" + id);
		assertThat(created.json().path("status").asText()).isEqualTo("PLANNED");
		assertThat(created.json().path("requirements").get(0).path("requirementId").asText()).isEqualTo("11.10(e)");

		var read = Http.as(port, "inspector").get(PATH + "/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().path("ownerId").asText()).isEqualTo("owner");
		assertThat(Http.as(port, "inspector").get(PATH).body()).contains(id);
		var unknown = Http.as(port, "qm").get(PATH + "/CI-0");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().path("error").asText()).isEqualTo("control_implementation_not_found");
	}

	@Test
	void theRegisterPageListsTheControlWithItsStatus() throws Exception {
		String id = Http.as(port, "qm")
			.post(PATH, plan("21-CFR-11/11.10(e)", LocalDate.now().plusDays(10)))
			.json()
			.path("id")
			.asText();
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String base = "http://localhost:" + port;
		Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"")
			.matcher(browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), BodyHandlers.ofString())
				.body());
		assertThat(csrf.find()).isTrue();
		browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("username=inspector&password="
					+ URLEncoder.encode(Http.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1)))
			.build(), BodyHandlers.ofString());
		var page = browser.send(HttpRequest.newBuilder(URI.create(base + "/controls/implementations/" + id)).build(),
				BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("data-control-id=\"" + id + "\"", "21-CFR-11/11.10(e)", "PLANNED",
				"Audit trail on for the MES", "Not verified yet.");
	}

	@Test
	void anUnknownRequirementIsRefusedByNameAndNothingIsStored() {
		int before = records();
		var refused = Http.as(port, "qm").post(PATH, plan("21-CFR-11/11.99(z)", LocalDate.now().plusDays(10)));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("error").asText()).isEqualTo("unknown_requirement");
		assertThat(refused.json().path("message").asText()).contains("21-CFR-11/11.99(z)");
		assertThat(records()).isEqualTo(before);
	}

	@Test
	void aDueDateInThePastIsRefusedAndNothingIsStored() {
		int before = records();
		var refused = Http.as(port, "qm").post(PATH, plan("21-CFR-11/11.10(e)", LocalDate.now().minusDays(1)));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("error").asText()).isEqualTo("due_date_in_past");
		assertThat(refused.json().path("message").asText()).contains(LocalDate.now().minusDays(1).toString());
		Map<String, Object> badCategory = plan("21-CFR-11/11.10(e)", LocalDate.now().plusDays(1));
		badCategory.put("category", "PHYSICAL");
		assertThat(Http.as(port, "qm").post(PATH, badCategory).json().path("error").asText())
			.isEqualTo("invalid_category");
		Map<String, Object> badAction = plan("21-CFR-11/11.10(e)", LocalDate.now().plusDays(1));
		badAction.put("gapActionId", "GA-NOPE");
		assertThat(Http.as(port, "qm").post(PATH, badAction).json().path("error").asText())
			.isEqualTo("unknown_gap_action");
		assertThat(records()).isEqualTo(before);
	}

	@Test
	void whoMayNotPlanIsRefused() {
		int before = records();
		assertThat(Http.as(port, "inspector").post(PATH, plan("21-CFR-11/11.10(e)", LocalDate.now())).status())
			.isEqualTo(403);
		assertThat(Http.as(port, "admin").post(PATH, plan("21-CFR-11/11.10(e)", LocalDate.now())).status())
			.isEqualTo(403);
		// a reviewer works on records but is not a starter of
		// ControlImplementationProcess
		var reviewer = Http.as(port, "reviewer").post(PATH, plan("21-CFR-11/11.10(e)", LocalDate.now()));
		assertThat(reviewer.status()).isEqualTo(403);
		assertThat(reviewer.json().path("error").asText()).isEqualTo("not_a_starter");
		assertThat(records()).isEqualTo(before);
	}

	@Test
	void theOwnerRecordsTheImplementationAndAChangeCarriesOldNewAndReason() {
		String id = Http.as(port, "qm")
			.post(PATH, plan("21-CFR-11/11.10(e)", LocalDate.now().plusDays(10)))
			.json()
			.path("id")
			.asText();
		String doc = documents
			.upload(new NewDocument("mes-audit.txt", "audit trail settings".getBytes(StandardCharsets.UTF_8),
					"MES audit trail settings", null, null), "owner")
			.id();
		String path = PATH + "/" + id + "/implementation";
		assertThat(Http.as(port, "reviewer").put(path, Map.of("description", "done")).status())
			.as("not the owner working the implement step")
			.isEqualTo(403);
		var first = Http.as(port, "owner")
			.put(path, Map.of("description", "audit trail enabled", "evidenceDocumentIds", List.of(doc)));
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().path("evidence").get(0).path("sha256").asText()).hasSize(64);
		assertThat(Http.as(port, "owner")
			.put(path, Map.of("evidenceDocumentIds", List.of("nope")))
			.json()
			.path("error")
			.asText()).isEqualTo("unknown_evidence");

		var noReason = Http.as(port, "owner").put(path, Map.of("description", "audit trail enabled for all tables"));
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.json().path("error").asText()).isEqualTo("reason_required");
		var changed = Http.as(port, "owner")
			.withHeader("X-GxP-Reason", "scope widened to every table")
			.put(path, Map.of("description", "audit trail enabled for all tables"));
		assertThat(changed.status()).isEqualTo(200);
		String pi = changed.json().path("processInstanceId").asText();
		assertThat(ledger.entries(new AuditQuery(pi, null, "owner", null, null, 1000)))
			.filteredOn(e -> "CONTROL_IMPLEMENTATION_CHANGED".equals(e.action()))
			.anySatisfy(e -> {
				assertThat(e.objectId()).isEqualTo(id);
				assertThat(e.field()).isEqualTo("implementation");
				assertThat(e.oldValue()).isEqualTo("audit trail enabled");
				assertThat(e.newValue()).isEqualTo("audit trail enabled for all tables");
				assertThat(e.reason()).isEqualTo("scope widened to every table");
			});
	}

}
