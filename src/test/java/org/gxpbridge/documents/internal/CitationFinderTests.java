package org.gxpbridge.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gxpbridge.documents.Citation;
import org.gxpbridge.regulation.RegulationCatalogue;
import org.gxpbridge.support.GxpServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 5 §5: the regulations, guidances and standards a text cites, abbreviated or
 * spelled out, with sections.
 */
@GxpServerTest
class CitationFinderTests {

	@Autowired
	CitationFinder finder;

	@Autowired
	RegulationCatalogue catalogue;

	Map<String, Citation> cite(String text) {
		return finder.citations(text).stream().collect(Collectors.toMap(Citation::frameworkId, Function.identity()));
	}

	@Test
	void findsPart11AbbreviatedAndSpelledOutWithSections() {
		Map<String, Citation> found = cite(
				"This SOP implements 21 CFR Part 11. Audit trails follow § 11.10(e) and signatures 11.200(a)(1)(i). "
						+ "Part 11 applies to all records.");
		Citation part11 = found.get("21-CFR-11");
		assertThat(part11.framework()).isEqualTo("21 CFR Part 11");
		assertThat(part11.mentions()).isEqualTo(4);
		assertThat(part11.asWritten()).contains("21 CFR Part 11", "Part 11");
		assertThat(part11.sections()).containsExactly("11.10(e)", "11.200(a)(1)(i)");
		assertThat(part11.passages()).containsExactly("This SOP implements 21 CFR Part 11.",
				"Audit trails follow § 11.10(e) and signatures 11.200(a)(1)(i).", "Part 11 applies to all records.");
	}

	@Test
	void findsQualitySystemPartsAndSectionsButNotPricesOrVersions() {
		Map<String, Citation> found = cite("Design controls (820.30) and CAPA per 21 CFR 820.100 under the QMSR. "
				+ "Computer controls: 21 CFR 211.68; see also 21 CFR Parts 210 and 211. The licence costs $820.30 and the tool is version 11.10.");
		assertThat(found.get("21-CFR-820").sections()).containsExactly("820.100", "820.30");
		assertThat(found.get("21-CFR-820").mentions()).isEqualTo(3);
		assertThat(found.get("21-CFR-210-211").sections()).containsExactly("211.68");
		assertThat(found).doesNotContainKey("21-CFR-11");
	}

	@Test
	void findsAnnex11InItsUsualForms() {
		Map<String, Citation> found = cite(
				"We follow Annex 11 of the EU GMP Guidelines. EU GMP Annex 11 §9 requires a reason for change. "
						+ "See section 12.4 of Annex 11.");
		Citation annex11 = found.get("EU-GMP-ANNEX-11");
		assertThat(annex11.mentions()).isEqualTo(3);
		assertThat(annex11.sections()).containsExactly("12.4", "9");
	}

	@Test
	void findsStandardsWithEditionsAndClauses() {
		Map<String, Citation> found = cite(
				"The ISMS is certified to ISO/IEC 27001:2022, control A.8.15 covers logging. "
						+ "Quality: ISO 13485:2016 clause 7.3.2; risk per ISO 14971:2019 and ISO/TR 24971. Software class C per IEC 62304:2006+A1:2015. "
						+ "Security activities: IEC 81001-5-1 and IEC 62443-4-1.");
		assertThat(found).containsKeys("ISO-IEC-27001", "ISO-13485", "ISO-14971", "ISO-TR-24971", "IEC-62304",
				"IEC-81001-5-1", "IEC-62443");
		assertThat(found.get("ISO-IEC-27001").sections()).containsExactly("A.8.15");
		assertThat(found.get("ISO-13485").sections()).containsExactly("7.3.2");
		assertThat(found.get("IEC-62443").sections()).containsExactly("4-1");
		assertThat(found.get("ISO-14971").asWritten()).containsExactly("ISO 14971:2019");
	}

	@Test
	void findsNistCsfByNameAndBySubcategoryAndTheFdaCybersecurityTexts() {
		Map<String, Citation> found = cite("Mapped to the NIST Cybersecurity Framework 2.0: PR.AA-01 and ID.RA-08. "
				+ "Premarket: Cybersecurity in Medical Devices: Quality System Considerations and Content of Premarket Submissions. "
				+ "Postmarket Management of Cybersecurity in Medical Devices applies after release, as does section 524B(b)(2) of the FD&C Act "
				+ "(21 U.S.C. 360n-2) and reporting under 21 CFR Part 806.");
		assertThat(found.get("NIST-CSF-2").sections()).containsExactly("ID.RA-08", "PR.AA-01");
		assertThat(found).containsKeys("FDA-PREMARKET-CYBER", "FDA-POSTMARKET-CYBER", "FDCA-524B", "21-CFR-806");
		assertThat(found.get("FDCA-524B").sections()).containsExactly("524B(b)(2)");
	}

	@Test
	void citesNothingInATextWithoutRegulations() {
		assertThat(finder.citations("Minutes of the canteen committee: 11 people, 820 sandwiches, part 2 of the menu."))
			.isEmpty();
	}

	@Test
	void everyFrameworkARuleNamesIsInTheRegulationCatalogue() {
		List<String> ids = CitationRules.RULES.stream().map(CitationRules.Rule::frameworkId).distinct().toList();
		assertThat(ids).allSatisfy(id -> assertThat(catalogue.framework(id)).as(id).isPresent());
	}

}
