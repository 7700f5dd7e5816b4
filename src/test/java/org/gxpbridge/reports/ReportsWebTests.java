package org.gxpbridge.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gxpbridge.controls.DocumentApprovalModel;
import org.gxpbridge.shared.Sha256;
import org.gxpbridge.support.CsvReader;
import org.gxpbridge.support.FormSession;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reports (issue 15 items 4 and 6): the audit trail CSV parses back to the entries
 * the filters select (user, date range), an unknown format is a 400 naming the formats,
 * other roles are refused (403), and every export and view is in the audit trail with the
 * SHA-256 of exactly the bytes received.
 */
@GxpServerTest
class ReportsWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Workflow workflow;

	byte[] download(String user, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.build();
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
		return response.body();
	}

	String handedOut(String action, String sha) {
		List<String> found = jdbc.queryForList(
				"select actor_id from gxp_audit_entry where action = ? and content_hash = ? and object_type = 'REPORT'",
				String.class, action, sha);
		return found.isEmpty() ? null : found.get(0);
	}

	@Test
	@Verifies({ "P11-10b", "P11-10e", "CHK-06", "CHK-18" })
	void theAuditTrailCsvRoundTripsAndItsFiltersByUserAndDateHold() throws Exception {
		Instant from = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		// something of qm's in the window: a page view is itself an entry
		assertThat(Http.as(port, "qm").get("/api/reports/open-tasks?format=json").status()).isEqualTo(200);
		byte[] bytes = download("auditor", "/api/reports/audit-trail?format=csv&user=qm&from=" + from);
		List<List<String>> rows = CsvReader.parse(new String(bytes, StandardCharsets.UTF_8));
		assertThat(rows.get(0)).startsWith("seq", "recordedAt", "user", "userName", "role", "action", "type");
		assertThat(rows).as("a header and qm's entries").hasSizeGreaterThan(1);
		long previous = 0;
		for (List<String> row : rows.subList(1, rows.size())) {
			assertThat(row).hasSize(rows.get(0).size());
			assertThat(row.get(2)).isEqualTo("qm");
			assertThat(Instant.parse(row.get(1))).isAfterOrEqualTo(from);
			assertThat(Long.parseLong(row.get(0))).as("oldest first").isGreaterThan(previous);
			previous = Long.parseLong(row.get(0));
		}
		assertThat(handedOut("REPORT_EXPORTED", Sha256.hex(bytes))).as("the export is recorded with its hash")
			.isEqualTo("auditor");

		byte[] empty = download("auditor", "/api/reports/audit-trail?format=csv&user=qm&from=2000-01-01&to=2000-01-02");
		assertThat(CsvReader.parse(new String(empty, StandardCharsets.UTF_8))).as("only the header").hasSize(1);
	}

	@Test
	@Verifies({ "P11-10b", "CHK-06" })
	void aFormulaAUserEnteredLeavesTheAuditTrailCsvNeutralised() throws Exception {
		Instant from = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		String formula = "=HYPERLINK(\"http://x\")";
		String number = "SOP-CSV-" + UUID.randomUUID().toString().substring(0, 6);
		workflow.start(DocumentApprovalModel.PROCESS_KEY, number,
				Map.of(DocumentApprovalModel.VAR_DOCUMENT_NUMBER, number, DocumentApprovalModel.VAR_TITLE, formula,
						DocumentApprovalModel.VAR_VERSION, "1.0", DocumentApprovalModel.VAR_CHANGE_SUMMARY, "@SUM(1)"),
				"owner");
		String text = new String(download("auditor", "/api/reports/audit-trail?format=csv&user=owner&from=" + from),
				StandardCharsets.UTF_8);
		assertThat(text).as("shown as text by a spreadsheet")
			.contains(",\"'=HYPERLINK(\"\"http://x\"\")\",")
			.contains(",\"'@SUM(1)\",");
		assertThat(CsvReader.formulaCells(text)).isEmpty();
		List<List<String>> rows = CsvReader.parse(text);
		int newValue = rows.get(0).indexOf("newValue");
		assertThat(rows).as("read back as entered")
			.anySatisfy(r -> assertThat(r.get(newValue)).isEqualTo(formula))
			.anySatisfy(r -> assertThat(r.get(newValue)).isEqualTo("@SUM(1)"));
	}

	@Test
	@Verifies({ "P11-10b", "CHK-06" })
	void theAuditTrailJsonCarriesTheSameEntriesAndFiltersByAction() throws Exception {
		byte[] bytes = download("inspector",
				"/api/reports/audit-trail?format=json&action=REPORT_EXPORTED&type=REPORT&sort=-seq");
		JsonNode json = new ObjectMapper().readTree(bytes);
		assertThat(json.path("report").asText()).isEqualTo("audit-trail");
		assertThat(json.path("rows").size()).isEqualTo(json.path("rowCount").asInt());
		long previous = Long.MAX_VALUE;
		for (JsonNode row : json.path("rows")) {
			assertThat(row.path("action").asText()).isEqualTo("REPORT_EXPORTED");
			assertThat(row.path("seq").asLong()).as("sorted newest first").isLessThan(previous);
			previous = row.path("seq").asLong();
		}
		assertThat(handedOut("REPORT_EXPORTED", Sha256.hex(bytes))).isEqualTo("inspector");
	}

	@Test
	@Verifies({ "P11-10b", "CHK-06" })
	void anUnknownFormatIsA400ListingTheFormats() {
		Http.Response r = Http.as(port, "auditor").get("/api/reports/audit-trail?format=xlsx");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().path("error").asText()).isEqualTo("unknown_format");
		assertThat(r.body()).contains("csv, json");
		assertThat(Http.as(port, "auditor").get("/api/reports/open-tasks?format=pdf").status()).isEqualTo(400);
		assertThat(Http.as(port, "auditor").get("/api/reports/audit-trail?format=csv&from=tuesday").status())
			.isEqualTo(400);
		assertThat(Http.as(port, "auditor").get("/api/reports/audit-trail?sort=colour").status()).isEqualTo(400);
		assertThat(Http.as(port, "auditor").get("/api/reports/no-such-report").status()).isEqualTo(404);
	}

	@Test
	@Verifies("CHK-17")
	void otherRolesAreRefusedByBothLocks() {
		for (String user : new String[] { "owner", "reviewer", "approver" }) {
			assertThat(Http.as(port, user).get("/api/reports/audit-trail?format=csv").status()).as(user).isEqualTo(403);
			assertThat(Http.as(port, user).get("/api/reports/open-tasks?format=json").status()).as(user).isEqualTo(403);
			assertThat(Http.as(port, user).get("/api/reports").status()).as(user).isEqualTo(403);
			assertThat(FormSession.signedIn(port, user, Http.DEMO_PASSWORD).get("/reports").statusCode()).as(user)
				.isEqualTo(403);
		}
		// IT security reads the audit trail (as /api/audit), not the quality reports
		assertThat(Http.as(port, "itsec").get("/api/reports/open-tasks?format=json").status()).isEqualTo(403);
		assertThat(Http.as(port, "itsec").get("/api/reports/audit-trail?format=json&to=2000-01-01").status())
			.isEqualTo(200);
	}

	@Test
	@Verifies({ "P11-10e", "CHK-18" })
	void theIndexListsTheReportsAndAViewIsRecorded() {
		FormSession inspector = FormSession.signedIn(port, "inspector", Http.DEMO_PASSWORD);
		var index = inspector.get("/reports");
		assertThat(index.statusCode()).isEqualTo(200);
		assertThat(index.body()).contains("Audit trail")
			.contains("Open and overdue tasks")
			.contains("/deployments")
			.contains("/records");
		var view = inspector.get("/reports/open-tasks?overdue=no");
		assertThat(view.statusCode()).isEqualTo(200);
		assertThat(view.body()).contains("Open and overdue tasks").contains("format=csv").contains("overdue=no");
		String sha = view.body().replaceAll("(?s).*id=\"view-sha256\">([0-9a-f]{64})<.*", "$1");
		assertThat(sha).hasSize(64);
		assertThat(handedOut("REPORT_VIEWED", sha)).isEqualTo("inspector");
	}

	@Test
	void everyModulesReportIsListedAndExportsForTheInspector() throws Exception {
		JsonNode list = Http.as(port, "inspector").get("/api/reports").json();
		assertThat(list.findValuesAsText("id")).contains("audit-trail", "open-tasks", "risk-register", "gap-coverage",
				"training-matrix", "open-capas");
		for (String id : new String[] { "risk-register", "gap-coverage", "training-matrix", "open-capas" }) {
			JsonNode json = new ObjectMapper().readTree(download("inspector", "/api/reports/" + id + "?format=json"));
			assertThat(json.path("report").asText()).isEqualTo(id);
			assertThat(json.path("rows").size()).as(id).isEqualTo(json.path("rowCount").asInt());
		}
	}

}
