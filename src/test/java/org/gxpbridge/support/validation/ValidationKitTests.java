package org.gxpbridge.support.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.support.validation.DeclaredRequirements.Declaration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validation kit written from a small project (URS-32; A11-4 URS traceable; A11-P
 * IQ): requirements file, recorded results, packaged jar; what an inspector reads in the
 * trace matrix, IQ and OQ, as HTML and as PDF with embedded fonts.
 */
@Verifies({ "URS-32", "A11-4", "A11-P" })
class ValidationKitTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

	private static final String BPMN = "<definitions id=\"demo\"/>";

	@TempDir
	static Path project;

	/**
	 * One small project, one kit written: every test reads the same files (it costs
	 * seconds to write).
	 */
	@BeforeAll
	static void smallProjectWithItsKit() throws IOException {
		write("docs/validation/requirements.md", """
				| ID | Requirement | Source |
				|---|---|---|
				| P11-10a | Validate the system | 21 CFR 11.10(a) |
				| CHK-07 | Signature cannot be excised | reference §7 |
				| URS-01 | Navigation on one line | issue 15 |
				| URS-02 | Declared but not run | ours |
				| A11-15 | Only Qualified Persons release | Annex 11 §15 |
				""");
		write("docs/validation/procedures.md", """
				| ID | Kind | How it is met, and where |
				|---|---|---|
				| A11-15 | NOT APPLICABLE | No batch release step exists |
				| P11-10a | PROCEDURE | The validation plan of the customer |
				""");
		write("target/validation/results/unit-11.jsonl",
				line("org.example.SigningTests", "signs", "[\"P11-10a\"]", "SUCCESSFUL", null)
						+ line("org.example.SigningTests", "excises", "[\"CHK-07\",\"P11-10a\"]", "FAILED",
								"expected 409 but was 200")
						+ line("org.example.SigningTests", "untraced", "[]", "SUCCESSFUL", null));
		write("target/validation/results/integration-12.jsonl",
				line("org.example.PagesIT", "strange", "[\"XYZ-9\"]", "SUCCESSFUL", null));
		jar();
		new ValidationKit(project, CLOCK).write();
	}

	@Test
	void theTraceMatrixShowsEachRequirementWithItsTestsTheirResultAndTheGaps() throws IOException {
		String html = read("target/validation/trace-matrix.html");
		assertThat(row(html, "P11-10a")).contains("SigningTests#signs: PASSED")
			.contains("SigningTests#excises: FAILED")
			.contains("<td>FAILED</td>");
		assertThat(row(html, "CHK-07")).contains("FAILED");
		assertThat(row(html, "URS-01")).contains("no test (gap)").contains("<td>GAP</td>");
		assertThat(html).contains("XYZ-9").contains("org.example.PagesIT#strange");
		assertThat(html)
			.contains("Requirements: 5; passed 0, failed 2, not run 0, gaps 2, met outside the test run 1.");
		assertThat(row(html, "A11-15")).contains("no test; NOT APPLICABLE: No batch release step exists")
			.contains("<td>NOT APPLICABLE</td>")
			.doesNotContain("gap");
		assertThat(row(html, "P11-10a")).as("a test's result outranks a procedure, which is shown beside it")
			.contains("also PROCEDURE: The validation plan of the customer")
			.contains("<td>FAILED</td>");
		assertThat(html).contains("Requirements met outside the test run (1, docs/validation/procedures.md)");

		String pdf = pdfText("target/validation/trace-matrix.pdf");
		assertThat(pdf).contains("P11-10a").contains("SigningTests#excises: FAILED").contains("no test (gap)");
	}

	@Test
	void aDeclaredTestMissingFromTheResultsIsNotRun() {
		Requirements requirements = Requirements.read(project.resolve("docs/validation/requirements.md"));
		TraceMatrix matrix = new TraceMatrix(requirements,
				List.of(new Declaration("org.example.SlowIT", "walks", List.of("URS-02")),
						new Declaration("org.example.SigningTests", "signs", List.of("P11-10a"))),
				ResultsJson.read(project.resolve("target/validation/results")));

		assertThat(matrix.rows()).filteredOn((r) -> r.requirement().id().equals("URS-02"))
			.singleElement()
			.satisfies((r) -> {
				assertThat(r.status()).isEqualTo(TraceMatrix.NOT_RUN);
				assertThat(r.tests()).extracting(TraceMatrix.TestOutcome::testName)
					.containsExactly("org.example.SlowIT#walks");
			});
		assertThat(matrix.unknownIds()).isEqualTo(Map.of("XYZ-9", List.of("org.example.PagesIT#strange")));
	}

	@Test
	void theIqNamesVersionsChecksumsOfJarAndModelsTheSchemaVersionAndTheSettings() throws IOException {
		String iq = read("target/validation/iq.html");
		byte[] jar = Files.readAllBytes(project.resolve("target/gxp-bridge.jar"));
		assertThat(iq).contains("gxp-bridge 9.9.9")
			.contains("<td>camunda-engine</td><td>7.24.0</td>")
			.contains("<td>pdfbox</td><td>3.0.7</td>")
			.contains("<td>spring-boot</td><td>3.5.16</td>")
			.contains(InstallationReport.sha256(jar))
			.contains("<td>processes/demo.bpmn</td><td>"
					+ InstallationReport.sha256(BPMN.getBytes(StandardCharsets.UTF_8)))
			.contains("<td>Database schema (Flyway)</td><td>10.1 (3 migrations)</td>")
			.contains("<td>gxp.security.max-failed-attempts</td><td>5</td>")
			.contains("${GXP_AUDIT_KEY_PASSWORD} (secret, default not shown)")
			.doesNotContain("gxp-demo-audit-key")
			.doesNotContain("spring.application.name")
			.contains("unknown (no git repository)");
		assertThat(pdfText("target/validation/iq.pdf")).contains("7.24.0").contains(InstallationReport.sha256(jar));
	}

	@Test
	void theOqGivesTotalsResultsPerRequirementFailuresAndTheMachine() throws IOException {
		String oq = read("target/validation/oq.html");
		assertThat(oq).contains("<td>Tests executed</td><td>4</td>")
			.contains("<td>  FAILED</td><td>1</td>")
			.contains("<td>Tests naming no requirement</td><td>1</td>")
			.contains("<td>Overall</td><td>FAILED</td>")
			.contains("<td>Requirements met outside the test run (procedure, supplier, not applicable)</td><td>1</td>")
			.contains("2026-11-30T12:00:00Z")
			.contains(System.getProperty("os.name"))
			.contains("expected 409 but was 200")
			.contains("unit 11@host");
		assertThat(pdfText("target/validation/oq.pdf")).contains("Overall").contains("expected 409 but was 200");
	}

	@Test
	void everyFontOfThePdfsIsEmbedded() throws IOException {
		for (String name : List.of("trace-matrix", "iq", "oq")) {
			try (PDDocument pdf = Loader.loadPDF(project.resolve("target/validation/" + name + ".pdf").toFile())) {
				assertThat(pdf.getNumberOfPages()).isPositive();
				PDResources resources = pdf.getPage(0).getResources();
				for (COSName fontName : resources.getFontNames()) {
					PDFont font = resources.getFont(fontName);
					assertThat(font.isEmbedded()).as(name + " " + font.getName()).isTrue();
				}
			}
		}
	}

	private static String line(String className, String method, String ids, String status, String message) {
		return "{\"className\":\"" + className + "\",\"method\":\"" + method + "\",\"displayName\":\"" + method
				+ "()\",\"requirements\":" + ids + ",\"status\":\"" + status + "\",\"durationMillis\":12,\"jvm\":\""
				+ (className.endsWith("IT") ? "integration 12@host" : "unit 11@host")
				+ "\",\"finished\":\"2026-11-30T11:59:00Z\",\"message\":"
				+ ((message != null) ? "\"" + message + "\"" : "null") + "}\n";
	}

	private static void jar() throws IOException {
		Path jar = project.resolve("target/gxp-bridge.jar");
		try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
			entry(zip, "BOOT-INF/classes/META-INF/build-info.properties",
					"build.name=gxp-bridge\nbuild.version=9.9.9\n");
			entry(zip, "BOOT-INF/classes/processes/demo.bpmn", BPMN);
			entry(zip, "BOOT-INF/classes/db/migration/V9__a.sql", "select 1;");
			entry(zip, "BOOT-INF/classes/db/migration/V10_1__b.sql", "select 1;");
			entry(zip, "BOOT-INF/classes/db/migration/V2__c.sql", "select 1;");
			entry(zip, "BOOT-INF/classes/application.yml", """
					spring:
					  application:
					    name: gxp-bridge
					gxp:
					  security:
					    max-failed-attempts: 5
					---
					gxp.audit:
					  keystore-password: ${GXP_AUDIT_KEY_PASSWORD:gxp-demo-audit-key}
					""");
			for (String lib : List.of("camunda-engine-7.24.0.jar", "pdfbox-3.0.7.jar", "spring-boot-3.5.16.jar")) {
				entry(zip, "BOOT-INF/lib/" + lib, "");
			}
		}
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static void write(String path, String content) throws IOException {
		Path file = project.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}

	private static String read(String path) throws IOException {
		return Files.readString(project.resolve(path));
	}

	private static String pdfText(String path) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(project.resolve(path).toFile())) {
			return new PDFTextStripper().getText(pdf);
		}
	}

	/** The HTML table row of a requirement id. */
	private static String row(String html, String id) {
		int start = html.indexOf("<td>" + id + "</td>");
		assertThat(start).as("row of " + id).isNotNegative();
		return html.substring(start, html.indexOf("</tr>", start));
	}

}
