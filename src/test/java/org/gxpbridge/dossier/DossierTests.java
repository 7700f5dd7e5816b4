package org.gxpbridge.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gxpbridge.controls.DocumentApprovalModel.APPROVAL_APPROVED;
import static org.gxpbridge.controls.DocumentApprovalModel.PROCESS_KEY;
import static org.gxpbridge.controls.DocumentApprovalModel.REVIEW_ACCEPTED;
import static org.gxpbridge.controls.DocumentApprovalModel.VAR_APPROVAL_OUTCOME;
import static org.gxpbridge.controls.DocumentApprovalModel.VAR_CHANGE_SUMMARY;
import static org.gxpbridge.controls.DocumentApprovalModel.VAR_DOCUMENT_NUMBER;
import static org.gxpbridge.controls.DocumentApprovalModel.VAR_REVIEW_OUTCOME;
import static org.gxpbridge.controls.DocumentApprovalModel.VAR_TITLE;
import static org.gxpbridge.controls.DocumentApprovalModel.VAR_VERSION;

import java.io.IOException;
import java.io.UncheckedIOException;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.audittrail.AuditQuery;
import org.gxpbridge.audittrail.RecordProof;
import org.gxpbridge.shared.Sha256;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.SignatureView;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.CsvReader;
import org.gxpbridge.support.FormSession;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dossier of a running DocumentApprovalProcess instance with two signatures, as an
 * inspector receives it over HTTP: JSON complete, CSV round-trips, each export in the
 * ledger with the hash of the bytes received, 404/400/403, and the record's proof fails
 * when one of its ledger entries is rewritten in SQL. The PDF itself: DossierPdfTests.
 */
@GxpServerTest
class DossierTests {

	static final ObjectMapper JSON = new ObjectMapper();

	static final HttpClient CLIENT = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Workflow workflow;

	@Autowired
	TaskService tasks;

	@Autowired
	Signatures signatures;

	@Autowired
	AuditLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	String pi;

	String number;

	@BeforeEach
	void reviewedAndApprovedDocument() {
		number = "SOP-DOS-" + UUID.randomUUID().toString().substring(0, 6);
		pi = approvedDocument(workflow, tasks, signatures, number);
		ledger.seal();
	}

	/** Submitted by owner, reviewed and approved with signatures; still running. */
	static String approvedDocument(Workflow workflow, TaskService tasks, Signatures signatures, String number) {
		String pi = workflow
			.start(PROCESS_KEY, number, Map.of(VAR_DOCUMENT_NUMBER, number, VAR_TITLE, "Cleaning validation",
					VAR_VERSION, "1.0", VAR_CHANGE_SUMMARY, "first issue"), "owner")
			.processInstanceId();
		signatures
			.sign(new SignRequest(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(), "reviewer",
					Http.DEMO_PASSWORD, "REVIEWED", Map.of(VAR_REVIEW_OUTCOME, REVIEW_ACCEPTED), null, "127.0.0.1"));
		signatures.sign(new SignRequest(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(),
				"approver", Http.DEMO_PASSWORD, "APPROVED", Map.of(VAR_APPROVAL_OUTCOME, APPROVAL_APPROVED), null,
				"127.0.0.1"));
		return pi;
	}

	static HttpResponse<byte[]> get(int port, String user, String path) {
		try {
			return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString((user + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	HttpResponse<byte[]> export(String format) {
		return get(port, "inspector", "/api/reports/process-instances/" + pi + "?format=" + format);
	}

	@Test
	@Verifies({ "P11-10b", "A11-8", "CHK-18" })
	void jsonDossierHoldsRecordTimelineChangesSignaturesAndProof() throws IOException {
		HttpResponse<byte[]> response = export("json");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode d = JSON.readTree(response.body());
		assertThat(d.path("format").asText()).isEqualTo("gxp-bridge-dossier/1");
		assertThat(d.path("generatedBy").asText()).contains("inspector");
		assertThat(d.path("generatedAtDisplay").asText()).contains("(UTC");
		JsonNode record = d.path("record");
		assertThat(record.path("businessKey").asText()).isEqualTo(number);
		assertThat(record.path("title").asText()).isEqualTo("Cleaning validation");
		assertThat(record.path("processKey").asText()).isEqualTo(PROCESS_KEY);
		assertThat(record.path("version").asInt()).isPositive();
		assertThat(record.path("inProgress").asBoolean()).isTrue();
		assertThat(d.path("activities").findValuesAsText("activityId")).contains("Task_ReviewDocument",
				"Task_ApproveDocument");
		assertThat(d.path("activities")).anySatisfy(a -> {
			assertThat(a.path("activityId").asText()).isEqualTo("Task_ReviewDocument");
			assertThat(a.path("who").asText()).isEqualTo("reviewer");
			assertThat(a.path("state").asText()).isEqualTo("COMPLETED");
			assertThat(a.path("durationMillis").isNumber()).isTrue();
		});
		assertThat(texts(d.path("path").path("completedActivityIds"))).contains("Task_ReviewDocument",
				"Task_ApproveDocument");
		assertThat(texts(d.path("path").path("runningActivityIds"))).as("waiting for its job")
			.containsExactly("Task_MakeDocumentEffective");
		assertThat(d.path("variableChanges")).anySatisfy(v -> {
			assertThat(v.path("variable").asText()).isEqualTo(VAR_REVIEW_OUTCOME);
			assertThat(v.path("newValue").asText()).isEqualTo(REVIEW_ACCEPTED);
			assertThat(v.path("who").asText()).contains("reviewer");
			assertThat(v.path("ledgerSeq").isNumber()).isTrue();
		});
		assertThat(d.path("signatures")).hasSize(2).allSatisfy(s -> {
			assertThat(s.path("valid").asBoolean()).isTrue();
			assertThat(s.path("signedAtDisplay").asText()).contains("(UTC");
		});
		assertThat(d.path("signatures").findValuesAsText("meaning")).containsExactlyInAnyOrder("REVIEWED", "APPROVED");
		assertThat(d.path("auditEntries").size()).isGreaterThan(10);
		assertThat(d.path("auditEntries").findValuesAsText("action")).contains("SIGNATURE_MADE");
		assertThat(d.path("proof").path("intact").asBoolean()).as(d.path("proof").toString()).isTrue();
		assertThat(d.path("proof").path("checkpoints").size()).isPositive();
	}

	static List<String> texts(JsonNode array) {
		List<String> out = new ArrayList<>();
		array.forEach(n -> out.add(n.asText()));
		return out;
	}

	@Test
	@Verifies({ "P11-10e", "CHK-18" })
	void everyExportLandsInTheLedgerWithTheHashOfTheBytesHandedOut() {
		for (String format : List.of("json", "csv", "html")) {
			HttpResponse<byte[]> response = export(format);
			assertThat(response.statusCode()).isEqualTo(200);
			String hash = Sha256.hex(response.body());
			assertThat(ledger.entries(new AuditQuery(pi, null, "inspector", null, null, 1000)))
				.as(format + " export recorded with the SHA-256 of what the inspector received")
				.anySatisfy(e -> {
					assertThat(e.action()).isEqualTo("DOSSIER_EXPORTED");
					assertThat(e.contentHash()).isEqualTo(hash);
					assertThat(e.newValue()).startsWith(format + ", " + response.body().length + " bytes");
				});
		}
	}

	@Test
	@Verifies({ "P11-10b", "P11-50a", "P11-50b", "A11-8", "CHK-06", "CHK-18" })
	void csvRoundTripsEveryRowWithItsColumns() {
		HttpResponse<byte[]> response = export("csv");
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		List<List<String>> rows = CsvReader.parse(new String(response.body(), StandardCharsets.UTF_8));
		assertThat(rows.get(0)).containsExactly("section", "id", "time", "name", "who", "old_value", "new_value",
				"reason", "detail");
		assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(9));
		assertThat(rows.stream().map(r -> r.get(0)).distinct()).contains("RECORD", "ACTIVITY", "VARIABLE", "SIGNATURE",
				"AUDIT", "PROOF");
		assertThat(rows)
			.anySatisfy(r -> assertThat(r).startsWith("VARIABLE").contains(VAR_TITLE, "Cleaning validation"));
		for (SignatureView s : signatures.forProcessInstance(pi)) {
			assertThat(rows).anySatisfy(r -> assertThat(r).contains("SIGNATURE", s.signatureId(), s.meaning())
				.anySatisfy(cell -> assertThat(cell).contains(s.printedName()))
				.anySatisfy(cell -> assertThat(cell).contains(s.signedAtDisplay())));
		}
		long auditRows = rows.stream().filter(r -> r.get(0).equals("AUDIT")).count();
		assertThat(auditRows).isGreaterThan(10);
		assertThat(rows.get(rows.size() - 1)).startsWith("PROOF").contains("INTACT");
	}

	@Test
	@Verifies({ "P11-10b", "CHK-06" })
	void csvNeutralisesFormulasAUserEnteredAndReadsThemBackAsEntered() {
		String formula = "=HYPERLINK(\"http://x\")";
		String injected = "SOP-CSV-" + UUID.randomUUID().toString().substring(0, 6);
		String record = workflow
			.start(PROCESS_KEY, injected, Map.of(VAR_DOCUMENT_NUMBER, injected, VAR_TITLE, formula, VAR_VERSION, "1.0",
					VAR_CHANGE_SUMMARY, "@SUM(1)"), "owner")
			.processInstanceId();
		HttpResponse<byte[]> response = get(port, "inspector",
				"/api/reports/process-instances/" + record + "?format=csv");
		assertThat(response.statusCode()).isEqualTo(200);
		String text = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(text).as("shown as text by a spreadsheet")
			.contains(",\"'=HYPERLINK(\"\"http://x\"\")\",")
			.contains(",\"'@SUM(1)\",");
		assertThat(CsvReader.formulaCells(text)).isEmpty();
		assertThat(CsvReader.parse(text))
			.anySatisfy(r -> assertThat(r).startsWith("VARIABLE").contains(VAR_TITLE, formula))
			.anySatisfy(r -> assertThat(r).startsWith("VARIABLE").contains(VAR_CHANGE_SUMMARY, "@SUM(1)"));
	}

	@Test
	@Verifies({ "P11-10b", "A11-8", "CHK-18" })
	void unknownInstanceIsNotFoundAndUnknownFormatIsRefusedNamingTheFormats() {
		assertThat(get(port, "inspector", "/api/reports/process-instances/no-such-instance?format=pdf").statusCode())
			.isEqualTo(404);
		HttpResponse<byte[]> bad = export("docx");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(new String(bad.body(), StandardCharsets.UTF_8)).contains("html, pdf, csv, json");
		assertThat(get(port, "auditor", "/api/reports/process-instances/" + pi + "/diagram").body())
			.asString(StandardCharsets.UTF_8)
			.contains("Task_ReviewDocument");
	}

	@Test
	@Verifies("CHK-17")
	void onlyInspectionRolesReadDossiers() {
		assertThat(get(port, "owner", "/api/reports/process-instances/" + pi + "?format=json").statusCode())
			.isEqualTo(403);
		assertThat(get(port, "qm", "/api/reports/process-instances/" + pi + "?format=json").statusCode())
			.isEqualTo(200);
		assertThat(FormSession.signedIn(port, "owner", Http.DEMO_PASSWORD)
			.get("/reports/process-instances/" + pi)
			.statusCode()).isEqualTo(403);
	}

	@Test
	@Verifies({ "P11-10e", "CHK-18" })
	void thePageShowsTheDossierInProgressAndIsRecordedAsViewed() {
		HttpResponse<String> page = FormSession.signedIn(port, "auditor", Http.DEMO_PASSWORD)
			.get("/reports/process-instances/" + pi);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("In progress").contains("id=\"process-path\"").contains("Cleaning validation");
		assertThat(ledger.entries(new AuditQuery(pi, null, "auditor", null, null, 1000)))
			.anySatisfy(e -> assertThat(e.action()).isEqualTo("DOSSIER_VIEWED"));
	}

	@Test
	@Verifies({ "P11-10b", "CHK-04" })
	void aLedgerEntryOfTheRecordRewrittenInSqlBreaksTheRecordsProof() {
		RecordProof before = ledger.proveRecord(pi);
		assertThat(before.intact()).as(before.describe() + before.problems()).isTrue();
		assertThat(before.sealedEntries()).isPositive();
		AuditEntry e = ledger.entries(new AuditQuery(pi, null, null, null, null, 1000))
			.stream()
			.filter(x -> "Variable".equals(x.objectType()) && VAR_TITLE.equals(x.field()))
			.findFirst()
			.orElseThrow();
		jdbc.update("update gxp_audit_entry set new_value = 'Cleaning forged' where seq = ?", e.seq());
		try {
			RecordProof after = ledger.proveRecord(pi);
			assertThat(after.intact()).isFalse();
			assertThat(after.brokenEntries()).contains(e.seq());
			assertThat(after.problems()).anySatisfy(p -> assertThat(p).contains("altered after sealing"));
		}
		finally {
			jdbc.update("update gxp_audit_entry set new_value = ? where seq = ?", e.newValue(), e.seq());
		}
		assertThat(ledger.proveRecord(pi).intact()).isTrue();
	}

}
