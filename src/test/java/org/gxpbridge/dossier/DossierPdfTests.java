package org.gxpbridge.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.audittrail.AuditQuery;
import org.gxpbridge.shared.Sha256;
import org.gxpbridge.signature.SignatureView;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The PDF/A-3 dossier opened with PDFBox as an inspector's tools would: every signature's
 * printed name, time with zone and meaning in its text, "in progress" on every page of a
 * running record, PDF/A-3b declared in the XMP metadata, an sRGB output intent, every
 * font embedded, no transparency ({@link PdfA}), and the JSON dossier attached and equal
 * to the JSON export. The PDF is also written to target/dossier/ for a look.
 */
@GxpServerTest
@Verifies({ "P11-10e", "CHK-18" })
class DossierPdfTests {

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

	@Test
	@Verifies({ "P11-10b", "P11-50a", "P11-50b", "A11-8", "CHK-06", "CHK-18" })
	void pdfIsPdfA3bWithSignatureManifestationsOnItsPagesAndTheJsonDossierAttached() throws IOException {
		String number = "SOP-PDF-" + UUID.randomUUID().toString().substring(0, 6);
		String pi = DossierTests.approvedDocument(workflow, tasks, signatures, number);
		ledger.seal();
		var response = DossierTests.get(port, "inspector", "/api/reports/process-instances/" + pi + "?format=pdf");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		byte[] bytes = response.body();
		Files.createDirectories(Path.of("target/dossier"));
		Files.write(Path.of("target/dossier/dossier-in-progress.pdf"), bytes);
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			String text = new PDFTextStripper().getText(pdf);
			for (SignatureView s : signatures.forProcessInstance(pi)) {
				assertThat(text).contains(s.printedName(), s.signedAtDisplay(), s.meaning());
			}
			assertThat(text).contains("Page 1 of " + pdf.getNumberOfPages()).contains("Generated ");
			PDFTextStripper page = new PDFTextStripper();
			for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
				page.setStartPage(p);
				page.setEndPage(p);
				assertThat(page.getText(pdf)).as("page " + p).contains("IN PROGRESS");
			}
			PdfA.assertPdfA3b(pdf);
			PDComplexFileSpecification attachment = pdf.getDocumentCatalog()
				.getNames()
				.getEmbeddedFiles()
				.getNames()
				.get("dossier.json");
			assertThat(attachment.getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Data");
			JsonNode embedded = DossierTests.JSON.readTree(attachment.getEmbeddedFile().toByteArray());
			JsonNode exported = DossierTests.JSON
				.readTree(DossierTests.get(port, "inspector", "/api/reports/process-instances/" + pi + "?format=json")
					.body());
			for (String section : new String[] { "record", "activities", "path", "variableChanges", "signatures",
					"documents" }) {
				assertThat(embedded.path(section)).as(section).isEqualTo(exported.path(section));
			}
			assertThat(embedded.path("auditEntries").size()).isPositive();
		}
		String hash = Sha256.hex(bytes);
		assertThat(ledger.entries(new AuditQuery(pi, null, "inspector", null, null, 1000)))
			.anySatisfy(e -> assertThat(e.contentHash()).isEqualTo(hash));
	}

}
