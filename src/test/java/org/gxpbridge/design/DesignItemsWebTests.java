package org.gxpbridge.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.gxpbridge.risk.RiskInput;
import org.gxpbridge.risk.RiskRegister;
import org.gxpbridge.shared.Sha256;
import org.gxpbridge.support.CsvReader;
import org.gxpbridge.support.FormSession;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The design API and pages over HTTP on the running server: items and inputs created by
 * their designers, bad input refused with the problem named and nothing stored, the same
 * request twice refused, the threat model stored with the SHA-256 of its bytes, the
 * review started, and the traceability matrix as page and export for the roles that read
 * it (both locks).
 */
@GxpServerTest
class DesignItemsWebTests {

	static final String ITEMS = "/api/design/items";

	@Autowired
	DesignItems items;

	@Autowired
	RiskRegister risks;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	int count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	String register() {
		return new DesignFixture(items, risks).register(false);
	}

	@Test
	@Verifies("URS-29")
	void designersRecordTheInputsOfTheirItemAndStartItsReview() {
		var created = Http.as(port, "owner")
			.post(ITEMS, Map.of("name", "Insulin pump app", "version", "1.0", "riskRegisterId", register(), "designers",
					List.of("owner", "itsec")));
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().path("id").asText();
		assertThat(created.json().path("designers").toString()).isEqualTo("[\"itsec\",\"owner\"]");

		Http itsec = Http.as(port, "itsec");
		assertThat(itsec
			.post(ITEMS + "/" + id + "/requirements",
					Map.of("id", "REQ-1", "text", "Firmware updates are signed", "type", "security"))
			.status()).isEqualTo(201);
		var again = itsec.post(ITEMS + "/" + id + "/requirements",
				Map.of("id", "REQ-1", "text", "Firmware updates are signed", "type", "SECURITY"));
		assertThat(again.status()).as("the same request twice").isEqualTo(409);
		assertThat(again.json().path("error").asText()).isEqualTo("duplicate_requirement");

		String content = "STRIDE: spoofed update server, tampered dose table";
		String boundary = "----design" + System.nanoTime();
		var threat = itsec.postRaw(ITEMS + "/" + id + "/threat-model", "multipart/form-data; boundary=" + boundary,
				"--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"threats.txt\"\r\n"
						+ "Content-Type: text/plain\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n");
		assertThat(threat.status()).isEqualTo(201);
		assertThat(threat.json().path("sha256").asText()).isEqualTo(Sha256.hex(content.getBytes()));

		var verification = itsec.post(ITEMS + "/" + id + "/verifications",
				Map.of("id", "V-1", "method", "TEST", "result", "PASS", "description", "unsigned image refused",
						"requirementIds", List.of("REQ-1"), "riskControlIds", List.of("R-001-C1")));
		assertThat(verification.status()).isEqualTo(201);
		var unknownControl = itsec.post(ITEMS + "/" + id + "/verifications", Map.of("id", "V-2", "method", "TEST",
				"result", "PASS", "description", "x", "riskControlIds", List.of("R-001-C9")));
		assertThat(unknownControl.status()).isEqualTo(400);
		assertThat(unknownControl.json().path("message").asText()).contains("has no risk control R-001-C9");

		var stranger = Http.as(port, "reviewer")
			.post(ITEMS + "/" + id + "/requirements", Map.of("id", "REQ-2", "text", "x", "type", "SAFETY"));
		assertThat(stranger.status()).as("not a designer of the item").isEqualTo(403);
		assertThat(Http.as(port, "inspector").post(ITEMS, Map.of("name", "x")).status()).isEqualTo(403);

		var item = Http.as(port, "inspector").get(ITEMS + "/" + id);
		assertThat(item.json().path("requirements").size()).isEqualTo(1);
		assertThat(item.json().path("verifications").get(0).path("riskControlIds").get(0).asText())
			.isEqualTo("R-001-C1");

		var review = Http.as(port, "qm").post(ITEMS + "/" + id + "/reviews", Map.of("businessKey", "PRG-W1"));
		assertThat(review.status()).isEqualTo(201);
		assertThat(review.json().path("status").asText()).isEqualTo("OPEN");
		assertThat(Http.as(port, "qm").post(ITEMS + "/" + id + "/reviews", Map.of()).status())
			.as("a second review while one is open")
			.isEqualTo(409);
		assertThat(Http.as(port, "auditor").get(ITEMS + "/" + id + "/reviews").json().size()).isEqualTo(1);
	}

	@Test
	@Verifies("URS-29")
	void badInputIsRefusedWithTheProblemNamedAndNothingStored() {
		int before = count("gxp_design_item");
		var noRegister = Http.as(port, "owner")
			.post(ITEMS,
					Map.of("name", "Pump", "version", "1", "riskRegisterId", "RR-nope", "designers", List.of("owner")));
		assertThat(noRegister.status()).isEqualTo(400);
		assertThat(noRegister.json().path("message").asText()).contains("no risk register 'RR-nope'");
		var noAccount = Http.as(port, "owner")
			.post(ITEMS, Map.of("name", "Pump", "version", "1", "riskRegisterId", register(), "designers",
					List.of("nobody-here")));
		assertThat(noAccount.json().path("error").asText()).isEqualTo("unknown_designer");
		var noDesigners = Http.as(port, "owner")
			.post(ITEMS, Map.of("name", "Pump", "version", "1", "riskRegisterId", register()));
		assertThat(noDesigners.json().path("error").asText()).isEqualTo("missing_designers");
		assertThat(count("gxp_design_item")).isEqualTo(before);

		String id = new DesignFixture(items, risks).item(List.of("owner"), false).id();
		var badType = Http.as(port, "owner")
			.post(ITEMS + "/" + id + "/requirements", Map.of("id", "REQ-1", "text", "x", "type", "WISH"));
		assertThat(badType.status()).isEqualTo(400);
		assertThat(badType.json().path("message").asText()).contains("type 'WISH' is not one of").contains("SECURITY");
		var badId = Http.as(port, "owner")
			.post(ITEMS + "/" + id + "/requirements", Map.of("id", "REQ 1; drop", "text", "x", "type", "SAFETY"));
		assertThat(badId.json().path("error").asText()).isEqualTo("invalid_id");
		var empty = Http.as(port, "owner")
			.postRaw(ITEMS + "/" + id + "/threat-model", "multipart/form-data; boundary=b",
					"--b\r\nContent-Disposition: form-data; name=\"file\"; "
							+ "filename=\"t.txt\"\r\nContent-Type: text/plain\r\n\r\n\r\n--b--\r\n");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(Http.as(port, "owner").post(ITEMS + "/DI-999999/reviews", Map.of()).status()).isEqualTo(404);
		assertThat(items.get(id).requirements()).isEmpty();
		assertThat(items.get(id).threatModel()).isNull();
	}

	@Test
	@Verifies({ "P11-10b", "CHK-06" })
	void theTraceCsvNeutralisesFormulasEnteredAsItemNameAndRiskControl() {
		String formula = "=HYPERLINK(\"http://x\")";
		String register = risks.open("Formula risks", "itsec", null).id();
		risks.addRisk(register,
				RiskInput
					.cyber("Injected control", "pump firmware", "network attacker", "update not authenticated", 4, 4)
					.withControls(formula, 4, 1),
				"itsec");
		DesignItem item = items.create(new NewDesignItem("@SUM(1)", "1.0", register, List.of("owner")), "qm");
		String text = Http.as(port, "auditor").get(ITEMS + "/" + item.id() + "/trace?format=csv").body();
		assertThat(text).as("shown as text by a spreadsheet")
			.contains(",\"'=HYPERLINK(\"\"http://x\"\")\"")
			.contains(",\"'@SUM(1)\",");
		assertThat(CsvReader.formulaCells(text)).isEmpty();
		assertThat(CsvReader.parse(text)).as("read back as entered")
			.anySatisfy(r -> assertThat(r).startsWith("item", item.id(), "name", "@SUM(1)"))
			.anySatisfy(r -> assertThat(r).containsExactly("", "", "R-001-C1", formula, "", "", ""));
	}

	@Test
	@Verifies("URS-29")
	void theTraceMatrixIsAPageAndAnExportForItsReadersOnly() throws Exception {
		DesignItem item = new DesignFixture(items, risks).item(List.of("owner"), true);
		items.addRequirement(item.id(), "REQ-1", "Signed updates, \"always\"", "SECURITY", "owner", null);
		String path = ITEMS + "/" + item.id() + "/trace";

		JsonNode json = Http.as(port, "inspector").get(path).json();
		assertThat(json.path("gaps").findValuesAsText("key")).containsExactlyInAnyOrder(
				"REQUIREMENT_WITHOUT_VERIFICATION:REQ-1", "RISK_WITHOUT_CONTROL:R-002",
				"CONTROL_WITHOUT_VERIFICATION:R-001-C1", "CONTROL_WITHOUT_VERIFICATION:R-001-C2");
		var csv = Http.as(port, "auditor").get(path + "?format=csv");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).contains("requirementId,requirementType,riskControlId")
			.contains("R-001-C2,TLS on every interface")
			.contains("REQUIREMENT_WITHOUT_VERIFICATION:REQ-1");
		var unknown = Http.as(port, "qm").get(path + "?format=xml");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().path("message").asText()).contains("'xml'").contains("csv, json");
		assertThat(Http.as(port, "owner").get(path).status()).isEqualTo(200);
		assertThat(Http.as(port, "reviewer").get(path).status()).as("REVIEWER does not read the matrix").isEqualTo(403);
		assertThat(Http.as(port, "itsec").get(path + "/").status()).isEqualTo(403);

		FormSession inspector = FormSession.signedIn(port, "inspector", Http.DEMO_PASSWORD);
		var page = inspector.get("/design/items/" + item.id() + "/trace");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("data-gap=\"RISK_WITHOUT_CONTROL:R-002\"").contains("Signed firmware updates");
		assertThat(inspector.get("/design/items").body()).contains("data-item-id=\"" + item.id() + "\"");
		assertThat(inspector.get("/design/items/" + item.id()).body()).contains("Signed updates, &quot;always&quot;");
		FormSession reviewer = FormSession.signedIn(port, "reviewer", Http.DEMO_PASSWORD);
		assertThat(reviewer.get("/design/items/" + item.id() + "/trace").statusCode()).isEqualTo(403);
		assertThat(reviewer.get("/design/items/" + item.id()).statusCode()).isEqualTo(200);
	}

}
