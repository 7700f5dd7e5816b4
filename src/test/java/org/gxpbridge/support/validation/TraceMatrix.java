package org.gxpbridge.support.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.gxpbridge.support.validation.DeclaredRequirements.Declaration;
import org.gxpbridge.support.validation.Procedures.Procedure;
import org.gxpbridge.support.validation.Requirements.Requirement;

/**
 * Requirement → tests → result: joins what the tests declare
 * ({@link DeclaredRequirements}) with what the run recorded ({@link TestResult}). A test
 * declared but absent from the results is NOT RUN; a requirement no test declares is a
 * GAP, unless docs/validation/procedures.md says how it is met outside the test run
 * ({@link Procedures}): then its status is that kind (PROCEDURE, SUPPLIER, NOT
 * APPLICABLE).
 */
final class TraceMatrix {

	static final String PASSED = "PASSED";

	static final String FAILED = "FAILED";

	static final String NOT_RUN = "NOT RUN";

	static final String GAP = "GAP";

	/** One test (all its invocations) with its combined outcome. */
	record TestOutcome(String testName, String status, long durationMillis, String message) {
	}

	/** One row of the matrix. */
	record Row(Requirement requirement, List<TestOutcome> tests, String status, Procedure procedure) {

		boolean metOutsideTests() {
			return this.tests.isEmpty() && this.procedure != null;
		}

		long count(String testStatus) {
			return this.tests.stream().filter((t) -> t.status().equals(testStatus)).count();
		}

	}

	private final List<Row> rows = new ArrayList<>();

	private final Map<String, List<String>> unknownIds = new TreeMap<>();

	TraceMatrix(Requirements requirements, List<Declaration> declarations, List<TestResult> results) {
		this(requirements, Map.of(), declarations, results);
	}

	TraceMatrix(Requirements requirements, Map<String, Procedure> procedures, List<Declaration> declarations,
			List<TestResult> results) {
		Map<String, Map<String, List<TestResult>>> byRequirement = new LinkedHashMap<>();
		for (TestResult result : results) {
			for (String id : result.requirements()) {
				byRequirement.computeIfAbsent(id, (k) -> new TreeMap<>())
					.computeIfAbsent(result.testName(), (k) -> new ArrayList<>())
					.add(result);
			}
		}
		Map<String, TreeSet<String>> notRun = new LinkedHashMap<>();
		for (Declaration declaration : declarations) {
			if (!ran(declaration, results)) {
				String name = (declaration.method() != null) ? declaration.testName()
						: declaration.className() + " (all tests)";
				declaration.ids().forEach((id) -> notRun.computeIfAbsent(id.trim(), (k) -> new TreeSet<>()).add(name));
			}
		}
		for (Requirement requirement : requirements.all()) {
			List<TestOutcome> tests = new ArrayList<>();
			byRequirement.getOrDefault(requirement.id(), Map.of())
				.forEach((name, runs) -> tests.add(outcome(name, runs)));
			notRun.getOrDefault(requirement.id(), new TreeSet<>())
				.forEach((name) -> tests.add(new TestOutcome(name, NOT_RUN, 0, "declared, not in this run's results")));
			Procedure procedure = procedures.get(requirement.id());
			String status = (tests.isEmpty() && procedure != null) ? procedure.kind() : status(tests);
			this.rows.add(new Row(requirement, tests, status, procedure));
		}
		TreeSet<String> unknown = new TreeSet<>(byRequirement.keySet());
		unknown.addAll(notRun.keySet());
		unknown.removeIf(requirements::contains);
		for (String id : unknown) {
			TreeSet<String> tests = new TreeSet<>(byRequirement.getOrDefault(id, Map.of()).keySet());
			tests.addAll(notRun.getOrDefault(id, new TreeSet<>()));
			this.unknownIds.put(id, List.copyOf(tests));
		}
		procedures.keySet()
			.stream()
			.filter((id) -> !requirements.contains(id))
			.forEach((id) -> this.unknownIds.put(id, List.of("docs/validation/procedures.md")));
	}

	List<Row> rows() {
		return this.rows;
	}

	/**
	 * @return ids tests name that docs/validation/requirements.md does not list, with
	 * those tests
	 */
	Map<String, List<String>> unknownIds() {
		return this.unknownIds;
	}

	/**
	 * @return requirements no test declares that docs/validation/procedures.md says are
	 * met by a procedure, an agreement, or do not apply
	 */
	long metOutsideTests() {
		return this.rows.stream().filter(Row::metOutsideTests).count();
	}

	long requirements(String status) {
		return this.rows.stream().filter((r) -> r.status().equals(status)).count();
	}

	static TestOutcome outcome(String name, List<TestResult> runs) {
		long millis = runs.stream().mapToLong(TestResult::durationMillis).sum();
		for (TestResult run : runs) {
			if (TestResult.FAILED.equals(run.status())) {
				return new TestOutcome(name, FAILED, millis, run.message());
			}
		}
		boolean passed = runs.stream().anyMatch((r) -> TestResult.SUCCESSFUL.equals(r.status()));
		return new TestOutcome(name, passed ? PASSED : NOT_RUN, millis,
				passed ? null : runs.get(0).status() + ": " + runs.get(0).message());
	}

	private static String status(List<TestOutcome> tests) {
		if (tests.isEmpty()) {
			return GAP;
		}
		if (tests.stream().anyMatch((t) -> t.status().equals(FAILED))) {
			return FAILED;
		}
		return tests.stream().anyMatch((t) -> t.status().equals(PASSED)) ? PASSED : NOT_RUN;
	}

	private static boolean ran(Declaration declaration, List<TestResult> results) {
		String nested = declaration.className() + "$";
		return results.stream()
			.anyMatch((r) -> (r.className().equals(declaration.className()) || r.className().startsWith(nested))
					&& (declaration.method() == null || declaration.method().equals(r.method())));
	}

}
