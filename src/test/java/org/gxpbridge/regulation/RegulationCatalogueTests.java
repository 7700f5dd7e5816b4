package org.gxpbridge.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The catalogue's framework list, seeded from reference/regulatory.md and readable by
 * every role.
 */
@GxpServerTest
class RegulationCatalogueTests {

	@LocalServerPort
	int port;

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

}
