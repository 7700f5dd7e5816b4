package org.gxpbridge.risk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.audittrail.AuditQuery;
import org.gxpbridge.risk.RiskRegisterClient;
import org.gxpbridge.support.CsvReader;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The risk register over HTTP with the real security chain: reads for every role, writes
 * for the roles that work on records, validation as 400 naming the field, exports with
 * heat map counts recorded in the audit trail, and the page with heat maps and the FMEA
 * view.
 */
@GxpServerTest
class RiskRegisterWebTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditLedger ledger;

	String pi;

	String registerId;

	RiskRegisterClient owner;

	@BeforeEach
	void createRegister() {
		owner = new RiskRegisterClient(Http.as(port, "owner"));
		String[] started = owner.start("Pump controller (web)");
		pi = started[0];
		registerId = started[1];
	}

	@Test
	@Verifies("URS-18")
	void risksPostedOverHttpAreEvaluatedAndCountedInTheHeatMaps() {
		Http.Response added = owner.addRisk(registerId, RiskRegisterClient.safetyRisk("Free flow", 4, 2));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		assertThat(added.json().path("riskId").asText()).isEqualTo("R-001");
		assertThat(added.json().path("outcomeBefore").asText()).isEqualTo("ALARP_REVIEW");
		Http.Response cyber = owner.addRisk(registerId, RiskRegisterClient.cyberRisk("Remote rate change", 5, 4));
		assertThat(cyber.json().path("outcomeBefore").asText()).isEqualTo("UNCONTROLLED");
		assertThat(cyber.json().path("patchTrack").asText()).isEqualTo("out-of-cycle");

		Map<String, Object> controlled = new HashMap<>(RiskRegisterClient.safetyRisk("Free flow", 4, 2));
		controlled.putAll(Map.of("riskControls", "Anti-free-flow clamp", "residualSeverity", 4, "residualProbability",
				1, "fmeaSeverity", 8, "fmeaOccurrence", 4, "fmeaDetectability", 3, "fmeaResidualOccurrence", 2,
				"fmeaResidualDetectability", 2));
		Http.Response updated = Http.as(port, "qm")
			.put("/api/risks/registers/" + registerId + "/risks/R-001", controlled);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().path("outcomeAfter").asText()).isEqualTo("ACCEPTABLE");
		assertThat(updated.json().path("rpnBefore").asInt()).isEqualTo(96);
		assertThat(updated.json().path("rpnAfter").asInt()).isEqualTo(32);

		JsonNode register = Http.as(port, "inspector").get("/api/risks/registers/" + registerId).json();
		assertThat(register.path("risks")).hasSize(2);
		JsonNode safetyBefore = heatMap(register, "SAFETY", "before");
		JsonNode safetyAfter = heatMap(register, "SAFETY", "after");
		// rows run from severity 5 down: severity 4 is the second row
		assertThat(safetyBefore.path("rows").get(1).path("cells").get(1).path("count").asInt()).isEqualTo(1);
		assertThat(safetyBefore.path("rows").get(1).path("cells").get(1).path("outcome").asText())
			.isEqualTo("ALARP_REVIEW");
		assertThat(safetyAfter.path("rows").get(1).path("cells").get(0).path("count").asInt()).isEqualTo(1);
		assertThat(heatMap(register, "CYBERSECURITY", "before").path("rows")
			.get(0)
			.path("cells")
			.get(3)
			.path("count")
			.asInt()).isEqualTo(1);
	}

	static JsonNode heatMap(JsonNode register, String kind, String stage) {
		for (JsonNode m : register.path("heatMaps")) {
			if (m.path("kind").asText().equals(kind) && m.path("stage").asText().equals(stage)) {
				return m;
			}
		}
		throw new AssertionError("no heat map " + kind + " " + stage);
	}

	@ParameterizedTest(name = "{0} = {1} is refused naming {0}")
	@CsvSource({ "probability,7", "probability,0", "severity,6", "fmeaOccurrence,11" })
	@Verifies({ "URS-02", "URS-18" })
	void outOfRangeScoresAreA400NamingTheField(String field, int value) {
		Map<String, Object> risk = new HashMap<>(RiskRegisterClient.safetyRisk("Free flow", 4, 2));
		risk.put(field, value);
		if (field.startsWith("fmea")) {
			risk.putAll(Map.of("fmeaSeverity", 5, "fmeaOccurrence", value, "fmeaDetectability", 5));
		}
		Http.Response r = owner.addRisk(registerId, risk);
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().path("error").asText()).isEqualTo("invalid_risk_input");
		assertThat(r.json().path("message").asText()).startsWith(field + ":");
		assertThat(Http.as(port, "owner").get("/api/risks/registers/" + registerId).json().path("risks")).isEmpty();
	}

	@ParameterizedTest(name = "missing {0}")
	@ValueSource(strings = { "kind", "title", "hazard", "harm", "severity", "probability" })
	@Verifies({ "URS-02", "URS-18" })
	void missingFieldsAreA400NamingTheField(String field) {
		Map<String, Object> risk = new HashMap<>(RiskRegisterClient.safetyRisk("Free flow", 4, 2));
		risk.remove(field);
		Http.Response r = owner.addRisk(registerId, risk);
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().path("message").asText()).startsWith(field + ":");
	}

	@Test
	void aResidualRiskWithoutControlsAndAWrongKindAreRefused() {
		Map<String, Object> risk = new HashMap<>(RiskRegisterClient.safetyRisk("Free flow", 4, 2));
		risk.putAll(Map.of("residualSeverity", 4, "residualProbability", 1));
		assertThat(owner.addRisk(registerId, risk).json().path("message").asText()).startsWith("riskControls:");
		risk.put("kind", "FINANCIAL");
		assertThat(owner.addRisk(registerId, risk).json().path("message").asText()).startsWith("kind:");
	}

	@ParameterizedTest(name = "{0} may not write risks")
	@ValueSource(strings = { "inspector", "admin" })
	void inspectorsAndAdministratorsWriteNoRisks_CHK_16_CHK_17(String user) {
		Http.Response r = new RiskRegisterClient(Http.as(port, user)).addRisk(registerId,
				RiskRegisterClient.safetyRisk("Free flow", 4, 2));
		assertThat(r.status()).isEqualTo(403);
	}

	@Test
	void unknownRegistersAndRisksAre404() {
		assertThat(Http.as(port, "owner").get("/api/risks/registers/RR-nope").status()).isEqualTo(404);
		assertThat(Http.as(port, "owner")
			.put("/api/risks/registers/" + registerId + "/risks/R-999", RiskRegisterClient.safetyRisk("x", 1, 1))
			.status()).isEqualTo(404);
	}

	@Test
	@Verifies({ "P11-10b", "CHK-06" })
	void theCsvExportNeutralisesFormulasEnteredInARisk() {
		String formula = "=HYPERLINK(\"http://x\")";
		Map<String, Object> risk = new HashMap<>(RiskRegisterClient.safetyRisk(formula, 4, 2));
		risk.put("hazard", "@SUM(1)");
		risk.put("harm", "-2+3");
		assertThat(owner.addRisk(registerId, risk).status()).isEqualTo(201);
		String text = Http.as(port, "auditor").get("/api/risks/registers/" + registerId + "/export?format=csv").body();
		assertThat(text).as("shown as text by a spreadsheet")
			.contains(",\"'=HYPERLINK(\"\"http://x\"\")\",")
			.contains(",\"'@SUM(1)\",")
			.contains(",\"'-2+3\",");
		assertThat(CsvReader.formulaCells(text)).isEmpty();
		assertThat(CsvReader.parse(text)).as("read back as entered, scores still numbers")
			.anySatisfy(r -> assertThat(r).startsWith("R-001", "SAFETY", formula, "@SUM(1)")
				.contains("-2+3")
				.contains("4", "2"));
	}

	@Test
	@Verifies("URS-18")
	void exportsCarryTheHeatMapCountsAndAreAudited() {
		owner.addRisk(registerId, RiskRegisterClient.safetyRisk("Free flow, valve", 4, 2));
		Http.Response csv = Http.as(port, "auditor").get("/api/risks/registers/" + registerId + "/export?format=csv");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).contains("riskId,kind,title")
			.contains("\"Free flow, valve\"")
			.contains("SAFETY,before,4,0,1,0,0,0");
		Http.Response json = Http.as(port, "auditor").get("/api/risks/registers/" + registerId + "/export?format=json");
		assertThat(json.json().path("heatMapCounts").path("SAFETY/before").path("S4").toString())
			.isEqualTo("[0,1,0,0,0]");
		assertThat(Http.as(port, "auditor").get("/api/risks/registers/" + registerId + "/export?format=pdf").status())
			.isEqualTo(400);
		assertThat(ledger.entries(new AuditQuery(pi, null, null, null, null, 1000)))
			.filteredOn(e -> e.action().equals("RISK_REGISTER_EXPORTED"))
			.hasSize(2)
			.allSatisfy(e -> assertThat(e.contentHash()).hasSize(64));
	}

	@Test
	@Verifies("URS-18")
	void thePageShowsHeatMapsBeforeAndAfterControlsAndTheFmeaView() throws Exception {
		owner.addRisk(registerId, RiskRegisterClient.safetyRisk("Free flow", 5, 5));
		Session inspector = new Session(port, "inspector");
		String page = inspector.get("/risks/registers/" + registerId);
		assertThat(page)
			.contains("id=\"heatmap-SAFETY-before\"", "id=\"heatmap-SAFETY-after\"",
					"id=\"heatmap-CYBERSECURITY-before\"", "id=\"heatmap-CYBERSECURITY-after\"")
			.contains("class=\"heat-UNACCEPTABLE\" title=\"UNACCEPTABLE\">1<")
			.contains("id=\"risks\"")
			.doesNotContain("<script");
		assertThat(inspector.get("/risks/registers/" + registerId + "?view=fmea")).contains("id=\"fmea\"")
			.contains("RPN before");
	}

	/** A signed-in browser session over plain HTTP (form login with CSRF). */
	static final class Session {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		private final String base;

		Session(int port, String user) throws IOException, InterruptedException {
			base = "http://localhost:" + port;
			Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(get("/login"));
			assertThat(csrf.find()).isTrue();
			String form = "username=" + user + "&password="
					+ URLEncoder.encode(Http.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
			client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		String get(String path) throws IOException, InterruptedException {
			HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(r.statusCode()).as(path).isIn(200);
			return r.body();
		}

	}

}
