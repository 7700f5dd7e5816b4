package org.gxpbridge.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.gxpbridge.support.FormSession;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The /regulations page: every role browses and searches the catalogue with each
 * requirement's crosswalk; only the quality unit and administrators see and use the
 * import form.
 */
@GxpServerTest
class RegulationPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	RegulationCatalogue catalogue;

	@Test
	@Verifies("URS-15")
	void showsAFrameworksRequirementsWithTheirCrosswalkLinks() {
		FormSession inspector = FormSession.signedIn(port, "inspector", Http.DEMO_PASSWORD);
		HttpResponse<String> page = inspector.get("/regulations?framework=21-CFR-11");
		assertThat(page.statusCode()).isEqualTo(200);
		String row = rowOf(page.body(), "req-21-CFR-11-11.10(e)");
		assertThat(row).contains("Audit trail", "ISO-IEC-27001 A.8.15", "NIST-CSF-2 PR.PS-04", "EU-GMP-ANNEX-11 A11-9",
				"intersect");
		assertThat(page.body()).as("inspectors do not see the import form").doesNotContain("id=\"import-form\"");
		assertThat(inspector.get("/regulations").body()).contains("id=\"frameworks\"", "NIST-CSF-2");
	}

	@Test
	@Verifies("URS-15")
	void findsRequirementsByIdOrWords() {
		FormSession auditor = FormSession.signedIn(port, "auditor", Http.DEMO_PASSWORD);
		String byWords = auditor.get("/regulations?q=audit+trail").body();
		assertThat(byWords).contains("req-21-CFR-11-11.10(e)", "req-EU-GMP-ANNEX-11-A11-9");
		String byId = auditor.get("/regulations?q=GV.OC-01").body();
		assertThat(byId).contains("req-NIST-CSF-2-GV.OC-01").doesNotContain("req-NIST-CSF-2-GV.OC-02");
		assertThat(catalogue.search("100% unlikely_", 10)).as("LIKE wildcards in the words are literal").isEmpty();
	}

	@Test
	@Verifies({ "P11-10e", "A11-5", "URS-15" })
	void letsAQualityManagerImportThroughTheFormAndShowsWhatWentWrong() {
		FormSession qm = FormSession.signedIn(port, "qm", Http.DEMO_PASSWORD);
		assertThat(qm.get("/regulations").body()).contains("id=\"import-form\"");
		String good = ImportUpload.body(Map.of("format", "CSV_REQUIREMENTS", "frameworkId", "PAGE-TEST"), "page.csv",
				"id,title,description,parent\nP-1,Imported on the page,,\n");
		HttpResponse<String> imported = qm.postMultipart("/regulations", "/regulations/imports", ImportUpload.BOUNDARY,
				good);
		assertThat(imported.statusCode()).isEqualTo(302);
		String shown = qm
			.get(imported.headers().firstValue("Location").orElseThrow().replace("http://localhost:" + port, ""))
			.body();
		assertThat(shown).contains("id=\"import-result\"", "1 requirements added", "Imported on the page");
		assertThat(catalogue.requirement("PAGE-TEST", "P-1")).isPresent();

		String bad = ImportUpload.body(Map.of("format", "CSV_REQUIREMENTS", "frameworkId", "PAGE-TEST"), "bad.csv",
				"id,title\nP-2,x\n");
		qm.postMultipart("/regulations", "/regulations/imports", ImportUpload.BOUNDARY, bad);
		assertThat(qm.get("/regulations").body()).contains("id=\"import-error\"", "line 1, column 3");
	}

	@Test
	@Verifies({ "P11-10e", "A11-5", "URS-15" })
	void refusesTheImportFormToOtherRoles() {
		FormSession reviewer = FormSession.signedIn(port, "reviewer", Http.DEMO_PASSWORD);
		String body = ImportUpload.body(Map.of("format", "CSV_REQUIREMENTS", "frameworkId", "PAGE-DENIED"), "x.csv",
				"id,title,description,parent\nX-1,x,,\n");
		assertThat(reviewer.postMultipart("/regulations", "/regulations/imports", ImportUpload.BOUNDARY, body)
			.statusCode()).isEqualTo(403);
		assertThat(catalogue.framework("PAGE-DENIED")).isEmpty();
		assertThat(Http.anonymous(port).get("/api/regulations/frameworks/21-CFR-11/requirements").status())
			.isEqualTo(401);
	}

	private static String rowOf(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as("row " + id).isPositive();
		return html.substring(start, html.indexOf("</tr>", start));
	}

}
