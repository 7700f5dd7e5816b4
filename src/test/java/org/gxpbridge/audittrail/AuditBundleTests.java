package org.gxpbridge.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.gxpbridge.GxpBridgeApplication;
import org.gxpbridge.controls.DocumentApprovalModel;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The signed bundle an inspector takes away (P11-10b/e, CHK-20): intact, forged and
 * truncated, checked offline.
 */
@GxpServerTest
class AuditBundleTests {

	@LocalServerPort
	int port;

	@Autowired
	Workflow workflow;

	@Autowired
	AuditLedger ledger;

	@TempDir
	Path dir;

	Path bundle;

	@BeforeEach
	void exportBundleAsInspector() throws Exception {
		workflow.start(DocumentApprovalModel.PROCESS_KEY, "DOC-BUNDLE",
				Map.of("documentTitle", "SOP-B", "changeSummary", "new"), "owner");
		ledger.seal();
		Http.Response r = Http.as(port, "inspector").get("/api/audit/bundle");
		assertThat(r.status()).isEqualTo(200);
		bundle = dir.resolve("audit-bundle.jsonl");
		Files.writeString(bundle, r.body(), StandardCharsets.UTF_8);
	}

	record Outcome(int exitCode, String report) {
	}

	Outcome verifyBundle(Path file) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = AuditCommand.run(GxpBridgeApplication.class,
				new String[] { "audit", "verify-bundle", file.toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8));
		return new Outcome(code, out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void verifiesAnIntactBundleWithoutDatabase() {
		Outcome o = verifyBundle(bundle);
		assertThat(o.exitCode()).as(o.report()).isZero();
		assertThat(o.report()).contains("INTACT").contains("signed by key");
	}

	@Test
	void namesTheFirstForgedEntryAndExitsWithOne() throws Exception {
		List<String> lines = new ArrayList<>(Files.readAllLines(bundle));
		int victim = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains("\"DOC-BUNDLE\"")) {
				victim = i;
				break;
			}
		}
		assertThat(victim).isPositive();
		String forged = lines.get(victim)
			.replace("\"actorId\":\"owner\"", "\"actorId\":\"approver\"")
			.replace("\"actorId\":\"system\"", "\"actorId\":\"approver\"");
		assertThat(forged).isNotEqualTo(lines.get(victim));
		long seq = new ObjectMapper().readTree(forged).path("seq").asLong();
		lines.set(victim, forged);
		Path file = dir.resolve("forged.jsonl");
		Files.write(file, lines);
		Outcome o = verifyBundle(file);
		assertThat(o.exitCode()).isEqualTo(1);
		assertThat(o.report()).contains("BROKEN").contains("first broken entry: seq " + seq);
	}

	@Test
	void reportsATruncatedBundleAndExitsWithOne() throws Exception {
		String text = Files.readString(bundle);
		Path file = dir.resolve("truncated.jsonl");
		Files.writeString(file, text.substring(0, text.length() / 2));
		Outcome o = verifyBundle(file);
		assertThat(o.exitCode()).isEqualTo(1);
		assertThat(o.report()).contains("BROKEN").contains("first broken entry: seq");
	}

}
