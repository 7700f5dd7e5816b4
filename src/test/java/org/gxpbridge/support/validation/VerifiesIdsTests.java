package org.gxpbridge.support.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.gxpbridge.support.Verifies;
import org.gxpbridge.support.validation.DeclaredRequirements.Declaration;
import org.junit.jupiter.api.Test;

/**
 * The claims the tests make (URS-32, A11-4): every id named by {@link Verifies} is a
 * requirement of docs/validation/requirements.md, so the trace matrix cannot carry a typo
 * as a requirement nobody wrote; and the claims of the former hand-written matrix are on
 * the tests.
 */
@Verifies({ "URS-32", "A11-4" })
class VerifiesIdsTests {

	private static final Requirements REQUIREMENTS = Requirements.read(Path.of("docs/validation/requirements.md"));

	private static final List<Declaration> DECLARED = DeclaredRequirements.scan(Path.of("target/test-classes"),
			VerifiesIdsTests.class.getClassLoader());

	@Test
	void everyIdATestNamesIsARequirementOfTheList() {
		assertThat(DECLARED).allSatisfy((declaration) -> assertThat(declaration.ids()).as(declaration.testName())
			.isNotEmpty()
			.allSatisfy((id) -> assertThat(REQUIREMENTS.contains(id))
				.as("%s names %s, which docs/validation/requirements.md does not list", declaration.testName(), id)
				.isTrue()));
	}

	@Test
	void theTestsCarryTheClaimsOfTheFormerHandWrittenMatrix() {
		// the hand-written matrix named about 300 test methods and classes; a scan that
		// finds few means
		// the annotations were lost (or the scan broke), and the kit would show gaps that
		// are not real
		assertThat(DECLARED).hasSizeGreaterThan(250);
		assertThat(DECLARED).extracting(Declaration::ids)
			.flatMap((ids) -> ids)
			.contains("P11-10a", "P11-10d", "P11-10e", "P11-70", "CHK-04", "CHK-07", "CHK-15", "CHK-24");
	}

	/**
	 * docs/validation/procedures.md names only listed requirements with a known kind, and
	 * with what it takes to meet them; together with the tests' claims every requirement
	 * is covered by a test or by a procedure, so the kit shows no silent gap.
	 */
	@Test
	void everyRequirementIsVerifiedByATestOrMetByANamedProcedure() {
		Map<String, Procedures.Procedure> procedures = Procedures.read(Path.of("docs/validation/procedures.md"));
		assertThat(procedures).isNotEmpty();
		assertThat(procedures.values()).allSatisfy((p) -> {
			assertThat(REQUIREMENTS.contains(p.id())).as("procedures.md names %s, not in requirements.md", p.id())
				.isTrue();
			assertThat(p.how()).as(p.id()).hasSizeGreaterThan(40);
		});
		Set<String> declared = DECLARED.stream()
			.flatMap((d) -> d.ids().stream())
			.map(String::trim)
			.collect(Collectors.toSet());
		List<String> uncovered = new ArrayList<>();
		REQUIREMENTS.all().forEach((r) -> {
			if (!declared.contains(r.id()) && !procedures.containsKey(r.id())) {
				uncovered.add(r.id());
			}
		});
		assertThat(uncovered).as("requirements neither a test nor docs/validation/procedures.md covers").isEmpty();
	}

	@Test
	void theRequirementsListHoldsTheRegulatoryIdsAndOurOwn() {
		assertThat(REQUIREMENTS.size()).isGreaterThan(100);
		for (String id : List.of("P11-10a", "P11-300d", "A11-P", "A11-17", "CHK-01", "CHK-25", "URS-01", "URS-32")) {
			assertThat(REQUIREMENTS.contains(id)).as(id).isTrue();
		}
	}

}
