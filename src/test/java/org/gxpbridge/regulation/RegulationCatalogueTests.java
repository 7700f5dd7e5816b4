package org.gxpbridge.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The catalogue seeded from reference/regulatory.md: frameworks, every requirement id an
 * inspector cites, and the typed crosswalk, readable by every role.
 */
@GxpServerTest
@Verifies("URS-15")
class RegulationCatalogueTests {

	@LocalServerPort
	int port;

	@Autowired
	RegulationCatalogue catalogue;

	@Test
	void listsTheSeededFrameworksToEveryRoleIncludingInspectors() {
		JsonNode frameworks = Http.as(port, "inspector").get("/api/regulations/frameworks").json();
		assertThat(frameworks.findValuesAsText("id")).contains("21-CFR-11", "21-CFR-210-211", "21-CFR-820",
				"21-CFR-806", "FDCA-524B", "EU-GMP-ANNEX-11", "ISO-13485", "ISO-14971", "IEC-62304", "ISO-IEC-27001",
				"NIST-CSF-2", "IEC-62443", "IEC-81001-5-1", "FDA-PREMARKET-CYBER", "FDA-POSTMARKET-CYBER");
		JsonNode part11 = frameworks.get(frameworks.findValuesAsText("id").indexOf("21-CFR-11"));
		assertThat(part11.get("shortName").asText()).isEqualTo("21 CFR Part 11");
		assertThat(part11.get("requirementPrefix").asText()).as("links to the P11-* requirement ids").isEqualTo("P11");
		assertThat(Http.anonymous(port).get("/api/regulations/frameworks").status()).isEqualTo(401);
	}

	@Test
	void holdsEveryPart11ClauseOfTheReference() {
		List<String> ids = ids("21-CFR-11");
		assertThat(ids).contains("11.10(a)", "11.10(b)", "11.10(c)", "11.10(d)", "11.10(e)", "11.10(f)", "11.10(g)",
				"11.10(h)", "11.10(i)", "11.10(j)", "11.10(k)(1)", "11.10(k)(2)", "11.30", "11.50(a)", "11.50(b)",
				"11.70", "11.100(a)", "11.100(b)", "11.100(c)", "11.200(a)(1)", "11.200(a)(1)(i)", "11.200(a)(1)(ii)",
				"11.200(a)(2)", "11.200(a)(3)", "11.200(b)", "11.300(a)", "11.300(b)", "11.300(c)", "11.300(d)",
				"11.300(e)");
		assertThat(catalogue.requirement("21-CFR-11", "11.10(e)")).get()
			.satisfies(r -> assertThat(r.title()).isEqualTo("Audit trail"))
			.satisfies(r -> assertThat(r.parentId()).isEqualTo("11.10"));
		assertThat(ids("EU-GMP-ANNEX-11")).contains("A11-P", "A11-1", "A11-9", "A11-17", "A11-4.8", "A11-12.4");
	}

	@Test
	void holdsAll93AnnexAControlsAndThe106ActiveCsfSubcategories() {
		List<Requirement> annexA = catalogue.requirements("ISO-IEC-27001");
		assertThat(annexA.stream().filter(r -> r.parentId() != null)).hasSize(93);
		assertThat(annexA).extracting(Requirement::id).contains("A.5.1", "A.5.37", "A.6.8", "A.7.14", "A.8.34");
		List<Requirement> csf = catalogue.requirements("NIST-CSF-2");
		assertThat(csf.stream().filter(r -> r.id().contains("-"))).hasSize(106);
		assertThat(csf.stream().filter(r -> r.id().matches("[A-Z]{2}\\.[A-Z]{2}"))).hasSize(22);
		assertThat(csf).extracting(Requirement::id)
			.startsWith("GV", "GV.OC", "GV.OC-01")
			.contains("PR.AA-02", "RC.CO-04")
			.as("withdrawn CSF 1.1 ids stay out")
			.doesNotContain("PR.AC", "PR.AC-01", "DE.CM-08", "ID.AM-06");
		assertThat(catalogue.requirement("NIST-CSF-2", "GV.OC-01")).get()
			.satisfies(r -> assertThat(r.title()).contains("organizational mission"));
	}

	@Test
	void holdsTheDeviceStandardsAndGuidances() {
		assertThat(ids("ISO-13485")).contains("4.1.6", "4.2.4", "5.6.2", "7.3.10", "8.5.2");
		assertThat(ids("21-CFR-820")).contains("820.10", "820.35", "820.45");
		assertThat(ids("IEC-62304")).contains("CLASS-A", "CLASS-B", "CLASS-C", "5.1", "9");
		assertThat(ids("ISO-14971")).contains("4.2", "5.5", "7.4", "8", "10.2");
		assertThat(ids("IEC-81001-5-1")).isNotEmpty();
		assertThat(ids("IEC-62443")).contains("4-1-SUM");
		assertThat(ids("FDCA-524B")).contains("524B(b)(1)", "524B(b)(2)(A)", "524B(b)(3)");
		assertThat(ids("FDA-PREMARKET-CYBER")).contains("SBOM", "THREAT-MODEL");
		assertThat(ids("FDA-POSTMARKET-CYBER")).contains("CVD", "ISAO");
	}

	@Test
	void answersTheRequirementsContractWithIdAndTitle() {
		JsonNode requirements = Http.as(port, "inspector")
			.get("/api/regulations/frameworks/ISO-IEC-27001/requirements")
			.json();
		JsonNode first = requirements.get(1);
		assertThat(first.get("id").asText()).isEqualTo("A.5.1");
		assertThat(first.get("title").asText()).isEqualTo("Security policies");
	}

	@Test
	void readsTheCrosswalkFromEitherEnd() {
		JsonNode forward = Http.as(port, "auditor")
			.get("/api/regulations/mappings?from=21-CFR-11&to=ISO-IEC-27001")
			.json();
		assertThat(forward.findValuesAsText("toRequirement")).contains("A.8.15");
		JsonNode auditTrail = link(forward, "11.10(e)", "A.8.15");
		assertThat(auditTrail.get("relation").asText()).isEqualTo("INTERSECT");

		List<Mapping> backward = catalogue.mappings("ISO-IEC-27001", "21-CFR-11");
		assertThat(backward).contains(new Mapping("ISO-IEC-27001", "A.8.15", "21-CFR-11", "11.10(e)", "INTERSECT"));
		assertThat(catalogue.mappings("ISO-13485", "21-CFR-820")).as("a stored SUPERSET read backwards is a SUBSET")
			.contains(new Mapping("ISO-13485", "7", "21-CFR-820", "820.10", "SUBSET"));

		List<Mapping> ofAuditTrail = catalogue.mappedTo("21-CFR-11", "11.10(e)");
		assertThat(ofAuditTrail).extracting(Mapping::toRequirement).contains("A.8.15", "PR.PS-04", "A11-9");
		assertThat(catalogue.mappedTo("EU-GMP-ANNEX-11", "A11-9")).extracting(Mapping::toRequirement)
			.as("the Part 11 link is found from the Annex 11 end")
			.contains("11.10(e)", "A.8.15");
	}

	@Test
	void answersUnknownFrameworksAndRequirementsWith404() {
		Http inspector = Http.as(port, "inspector");
		Http.Response unknown = inspector.get("/api/regulations/frameworks/NO-SUCH/requirements");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("error").asText()).isEqualTo("framework_not_found");
		assertThat(inspector.get("/api/regulations/mappings?from=21-CFR-11&to=NO-SUCH").status()).isEqualTo(404);
		Http.Response noRequirement = inspector
			.get("/api/regulations/frameworks/21-CFR-11/requirements/11.99(z)/mappings");
		assertThat(noRequirement.status()).isEqualTo(404);
		assertThat(noRequirement.json().get("error").asText()).isEqualTo("requirement_not_found");
		assertThatThrownBy(() -> catalogue.requirements("NO-SUCH")).isInstanceOf(NotFoundException.class);
		assertThat(catalogue.requirement("21-CFR-11", "11.99(z)")).isEmpty();
	}

	private List<String> ids(String frameworkId) {
		return catalogue.requirements(frameworkId).stream().map(Requirement::id).toList();
	}

	private static JsonNode link(JsonNode links, String from, String to) {
		for (JsonNode l : links) {
			if (l.get("fromRequirement").asText().equals(from) && l.get("toRequirement").asText().equals(to)) {
				return l;
			}
		}
		throw new AssertionError("no link " + from + " -> " + to);
	}

}
