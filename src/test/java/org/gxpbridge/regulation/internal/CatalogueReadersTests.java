package org.gxpbridge.regulation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gxpbridge.regulation.internal.ImportBatch.MappingDraft;
import org.gxpbridge.regulation.internal.ImportBatch.RequirementDraft;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;

/**
 * The import readers on fixtures shaped after the real published files: NIST's OSCAL CSF
 * 2.0 catalog (the real one, public domain), CISO Assistant libraries, plain CSV. A
 * problem names where it is (line and field, or JSON path).
 */
@Verifies({ "P11-10e", "A11-5", "URS-15" })
class CatalogueReadersTests {

	private final ImportProblems problems = new ImportProblems();

	@Test
	void readsEveryGroupAndControlOfNistsPublishedCsf2Catalog() throws IOException {
		ImportBatch batch = OscalCatalogReader.read(fixture("NIST_CSF_v2.0_catalog-min.json"), "CSF-COPY", null,
				problems);
		assertThat(problems.isEmpty()).isTrue();
		assertThat(batch.frameworks.get(0).title()).isEqualTo("NIST Cybersecurity Framework 2.0");
		assertThat(batch.frameworks.get(0).issuer()).isEqualTo("NIST");
		List<String> ids = batch.requirements.stream().map(RequirementDraft::id).toList();
		assertThat(ids).as("functions in NIST's sort order, each followed by its categories")
			.startsWith("GV", "GV.OC", "GV.OC-01", "GV.OC-02", "GV.OC-03", "GV.OC-04", "GV.OC-05", "GV.RM");
		assertThat(ids.stream().filter(i -> i.matches("[A-Z]{2}"))).containsExactly("GV", "ID", "PR", "DE", "RS", "RC");
		// this edition of the file (1.0.0) lists the withdrawn CSF 1.1 ids without a
		// status; NIST marks them withdrawn from 1.2.0 on (next test)
		assertThat(ids.stream().filter(i -> i.contains("-"))).hasSize(185);
		RequirementDraft mission = batch.requirements.get(2);
		assertThat(mission.title()).as("a subcategory's title only repeats its id: the statement is used")
			.isEqualTo("The organizational mission is understood and informs cybersecurity risk management");
		assertThat(mission.parentId()).isEqualTo("GV.OC");
		assertThat(batch.requirements.get(1).title()).isEqualTo("Organizational Context");
	}

	@Test
	void leavesWithdrawnItemsAndTheirChildrenOut() throws IOException {
		ImportBatch batch = OscalCatalogReader.read(fixture("oscal-catalog-with-withdrawn.json"), "CSF-SAMPLE",
				"CSF sample", problems);
		assertThat(batch.requirements).extracting(RequirementDraft::id)
			.containsExactly("ID", "ID.AM", "ID.AM-01", "ID.AM-02");
		assertThat(batch.frameworks.get(0).shortName()).isEqualTo("CSF sample");
	}

	@Test
	void refusesJsonThatIsNotAnOscalCatalogNamingWhere() {
		assertThatThrownBy(() -> OscalCatalogReader.read(bytes("{\"profile\": {}}"), "X", null, problems))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("field catalog");
		assertThatThrownBy(
				() -> OscalCatalogReader.read(bytes("{\n \"catalog\": {\n  \"groups\": [ }"), "X", null, problems))
			.hasMessageContaining("line 3");
		OscalCatalogReader.read(bytes("{\"catalog\": {\"groups\": [{\"title\": \"no id\"}]}}"), "X", null, problems);
		assertThatThrownBy(problems::throwIfAny).hasMessageContaining("field catalog.groups[0].id: missing");
	}

	@Test
	void readsACisoAssistantFrameworkWithItsMappingSet() throws IOException {
		ImportBatch batch = CisoLibraryReader.read(fixture("ciso-library-framework.yaml"), "ACME-DEVSEC", null,
				5_000_000, problems);
		assertThat(problems.isEmpty()).isTrue();
		assertThat(batch.frameworks.get(0).shortName()).isEqualTo("ACME device security baseline");
		assertThat(batch.frameworks.get(0).issuer()).isEqualTo("ACME");
		assertThat(batch.requirements)
			.extracting(RequirementDraft::id, RequirementDraft::parentId, RequirementDraft::title)
			.containsExactly(tuple("GOV", null, "Governance"), tuple("GOV.1", "GOV", "Security policy"),
					tuple("node3", "GOV", "Logs are kept for one year"));
		assertThat(batch.mappings.get(0)).isEqualTo(new MappingDraft("ACME-DEVSEC", "GOV.1", "ISO-IEC-27001", "a.5.1",
				"EQUAL", "line 46", ImportBatch.Fields.CISO));
		assertThat(batch.skipped).as("not_related is read, not stored").isEqualTo(1);
	}

	@Test
	void namesTheLineOfAnUnknownParentOrFramework() {
		String yaml = """
				objects:
				  framework:
				    urn: urn:x:framework:f
				    name: F
				    requirement_nodes:
				    - urn: urn:x:req_node:f:a
				      ref_id: A
				      parent_urn: urn:x:req_node:f:missing
				  requirement_mapping_sets:
				  - source_framework_urn: urn:x:framework:f
				    target_framework_urn: urn:intuitem:risk:framework:unknown
				""";
		CisoLibraryReader.read(bytes(yaml), "F", null, 5_000_000, problems);
		assertThatThrownBy(problems::throwIfAny)
			.hasMessageContaining("line 8, field parent_urn: no earlier requirement node urn:x:req_node:f:missing")
			.hasMessageContaining("line 11, field target_framework_urn: framework urn:intuitem:risk:framework:unknown");
		assertThatThrownBy(() -> CisoLibraryReader.read(bytes("objects: [unclosed"), "F", null, 5_000_000, problems))
			.hasMessageContaining("not valid YAML");
	}

	@Test
	void readsQuotedCsvFieldsAndCountsLinesAcrossLineBreaks() {
		String csv = "id,title,description,parent\n" + "A.1,\"Policies, approved\",\"Line one\nline \"\"two\"\"\",\n"
				+ "A.1.1,Publication,,A.1\n";
		ImportBatch batch = CsvCatalogueReader.requirements(bytes(csv), "LIC", "Licensed", problems);
		assertThat(batch.requirements).containsExactly(
				new RequirementDraft("LIC", "A.1", "Policies, approved", "Line one\nline \"two\"", null, "line 2"),
				new RequirementDraft("LIC", "A.1.1", "Publication", null, "A.1", "line 4"));
	}

	@Test
	void refusesAWrongColumnNamingLineAndColumn() {
		assertThatThrownBy(() -> CsvCatalogueReader.requirements(bytes("id,name,description,parent\nA,B,,\n"), "LIC",
				null, problems))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("line 1, column 2: found 'name', expected 'title'");
		CsvCatalogueReader.mappings(bytes("from_framework,from_id,to_framework,to_id,relation\nA,1,B,2,equal\nA,1,B\n"),
				problems);
		assertThatThrownBy(problems::throwIfAny).hasMessageContaining("line 3: 3 fields, expected 5");
	}

	private static byte[] fixture(String name) throws IOException {
		try (InputStream in = CatalogueReadersTests.class.getResourceAsStream("/regulation/" + name)) {
			return in.readAllBytes();
		}
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
