package org.gxpbridge.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.gxpbridge.shared.Sha256;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Imports over HTTP as users send them: stored all or nothing, refusals naming line and
 * field, size limit, audit entry with the file's hash, and only the quality unit or an
 * administrator may import.
 */
@GxpServerTest
@Verifies({ "P11-10e", "A11-5", "URS-15" })
class RegulationImportsTests {

	@LocalServerPort
	int port;

	@Autowired
	RegulationCatalogue catalogue;

	@Test
	void importsAnOscalCatalogAsANewFrameworkAndRecordsItInTheAuditTrail() {
		String file = ImportUpload.fixture("oscal-catalog-with-withdrawn.json");
		// the shared context's ledger holds more than one page of qm's entries: ask from
		// now on
		Instant before = Instant.now().minusSeconds(1);
		Http.Response response = ImportUpload.post(Http.as(port, "qm"), "OSCAL_JSON", "CSF-SAMPLE", "csf.json", file);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("requirementsAdded").asInt()).isEqualTo(4);
		assertThat(response.json().get("frameworksCreated").asInt()).isEqualTo(1);

		JsonNode requirements = Http.as(port, "inspector")
			.get("/api/regulations/frameworks/CSF-SAMPLE/requirements")
			.json();
		assertThat(requirements.findValuesAsText("id")).containsExactly("ID", "ID.AM", "ID.AM-01", "ID.AM-02");

		JsonNode entries = Http.as(port, "auditor").get("/api/audit/entries?user=qm&from=" + before).json();
		JsonNode entry = find(entries, Sha256.hex(file.getBytes(StandardCharsets.UTF_8)));
		assertThat(entry.get("action").asText()).isEqualTo("REGULATION_CATALOGUE_IMPORTED");
		assertThat(entry.get("objectId").asText()).isEqualTo("CSF-SAMPLE");
		assertThat(entry.get("newValue").asText()).contains("format=OSCAL_JSON", "file=csf.json",
				"requirements added=4");
	}

	@Test
	void loadsTheLicensedTextOfAStandardIntoTheDescriptions() {
		String csv = "id,title,description,parent\nA.5.2,Security roles,\"Licensed text, as owned by the customer.\",A.5\n";
		Http.Response response = ImportUpload.post(Http.as(port, "qm"), "csv_requirements", "ISO-IEC-27001",
				"iso-licensed.csv", csv);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("requirementsUpdated").asInt()).isEqualTo(1);
		assertThat(catalogue.requirement("ISO-IEC-27001", "A.5.2")).get()
			.satisfies(r -> assertThat(r.description()).isEqualTo("Licensed text, as owned by the customer."))
			.satisfies(r -> assertThat(r.sortOrder()).as("keeps its place").isGreaterThan(0));
	}

	@Test
	void importsACisoAssistantLibraryWithItsCrosswalk() {
		Http.Response response = ImportUpload.post(Http.as(port, "admin"), "CISO_YAML", "ACME-DEVSEC", "acme.yaml",
				ImportUpload.fixture("ciso-library-framework.yaml"));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("mappings").asInt()).as("the repeated link counts once").isEqualTo(2);
		assertThat(response.json().get("skipped").asInt()).isEqualTo(1);
		assertThat(catalogue.mappings("ACME-DEVSEC", "ISO-IEC-27001")).containsExactlyInAnyOrder(
				new Mapping("ACME-DEVSEC", "GOV.1", "ISO-IEC-27001", "A.5.1", "EQUAL"),
				new Mapping("ACME-DEVSEC", "node3", "ISO-IEC-27001", "A.8.15", "SUBSET"));
		assertThat(catalogue.mappedTo("ISO-IEC-27001", "A.8.15"))
			.contains(new Mapping("ISO-IEC-27001", "A.8.15", "ACME-DEVSEC", "node3", "SUPERSET"));
	}

	@Test
	void refusesADuplicateIdNamingItsLineAndStoresNothing() {
		String csv = "id,title,description,parent\nR-1,First,,\nR-2,Second,,R-1\nR-1,Again,,\n";
		Http.Response response = ImportUpload.post(Http.as(port, "qm"), "CSV_REQUIREMENTS", "DUP-TEST", "dup.csv", csv);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("error").asText()).isEqualTo("import_invalid");
		assertThat(response.json().get("message").asText())
			.contains("line 4, field id: duplicate id R-1 (first at line 2)");
		assertThat(catalogue.framework("DUP-TEST")).as("nothing half-loaded").isEmpty();
	}

	@Test
	void refusesALinkToAnUnknownRequirementAndStoresNoneOfTheFilesLinks() {
		Http.Response response = ImportUpload.post(Http.as(port, "qm"), "CISO_YAML", null, "csf-iso.yaml",
				ImportUpload.fixture("ciso-mapping-csf-iso.yaml"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("message").asText())
			.contains("line 35, field target_requirement_urn: unknown requirement 4.1 of framework ISO-IEC-27001");
		assertThat(catalogue.mappedTo("NIST-CSF-2", "GV.OC-03")).extracting(Mapping::toRequirement)
			.doesNotContain("A.5.20", "A.5.31");
	}

	@Test
	void refusesAnUnknownRelationOrFramework() {
		String csv = "from_framework,from_id,to_framework,to_id,relation\n"
				+ "21-CFR-11,11.10(e),ISO-IEC-27001,A.8.15,similar\n" + "NO-SUCH,1,ISO-IEC-27001,A.8.15,equal\n";
		Http.Response response = ImportUpload.post(Http.as(port, "qm"), "CSV_MAPPINGS", null, "links.csv", csv);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("message").asText())
			.contains("line 2, field relation: 'SIMILAR' is not one of EQUAL, INTERSECT, RELATED, SUBSET, SUPERSET")
			.contains("line 3, field from_framework: unknown framework NO-SUCH");
		assertThat(ImportUpload.post(Http.as(port, "qm"), "XLSX", null, "a.xlsx", "x").json().get("error").asText())
			.isEqualTo("import_format_unknown");
	}

	@Test
	void refusesAFileAboveTheConfiguredLimitWith413() {
		String big = "id,title,description,parent\n" + "x".repeat(5 * 1024 * 1024);
		Http.Response response = ImportUpload.post(Http.as(port, "qm"), "CSV_REQUIREMENTS", "BIG-TEST", "big.csv", big);
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.json().get("error").asText()).isEqualTo("import_too_large");
		assertThat(response.json().get("message").asText()).contains("gxp.regulation.import.max-size");
	}

	@Test
	void letsOnlyQualityManagersAndAdministratorsImport() {
		String csv = "from_framework,from_id,to_framework,to_id,relation\n21-CFR-11,11.10(e),EU-GMP-ANNEX-11,A11-9,intersect\n";
		for (String user : List.of("inspector", "auditor", "reviewer", "approver", "owner", "itsec")) {
			assertThat(ImportUpload.post(Http.as(port, user), "CSV_MAPPINGS", null, "l.csv", csv).status()).as(user)
				.isEqualTo(403);
		}
		assertThat(ImportUpload.post(Http.anonymous(port), "CSV_MAPPINGS", null, "l.csv", csv).status()).isEqualTo(401);
		assertThat(ImportUpload.post(Http.as(port, "qm"), "CSV_MAPPINGS", null, "l.csv", csv).status()).isEqualTo(200);
	}

	private static JsonNode find(JsonNode entries, String contentHash) {
		for (JsonNode e : entries) {
			if (contentHash.equals(e.path("contentHash").asText())) {
				return e;
			}
		}
		throw new AssertionError("no audit entry with content hash " + contentHash);
	}

}
