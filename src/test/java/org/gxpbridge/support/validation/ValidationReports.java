package org.gxpbridge.support.validation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.gxpbridge.support.validation.TraceMatrix.Row;

/** The trace matrix and the operational qualification (OQ) as {@link KitDocument}s. */
final class ValidationReports {

	private ValidationReports() {
	}

	static KitDocument traceMatrix(TraceMatrix matrix, String footer) {
		KitDocument doc = new KitDocument("Trace matrix: requirement → tests → result");
		doc.paragraph(
				"Every requirement of docs/validation/requirements.md with the tests that declare it (@Verifies) and "
						+ "their result in this run. PASSED: at least one test passed and none failed; FAILED: a test failed; "
						+ "NOT RUN: tests are declared but none ran; GAP: no test declares the requirement; PROCEDURE, "
						+ "SUPPLIER, NOT APPLICABLE: no test can show it, docs/validation/procedures.md says how it is met "
						+ "or why it does not apply. " + footer);
		doc.paragraph(String.format(
				"Requirements: %d; passed %d, failed %d, not run %d, gaps %d, met outside the test run %d.",
				matrix.rows().size(), matrix.requirements(TraceMatrix.PASSED), matrix.requirements(TraceMatrix.FAILED),
				matrix.requirements(TraceMatrix.NOT_RUN), matrix.requirements(TraceMatrix.GAP),
				matrix.metOutsideTests()));
		List<List<String>> rows = new ArrayList<>();
		for (Row row : matrix.rows()) {
			String tests = row.tests()
				.stream()
				.map((t) -> shortName(t.testName()) + ": " + t.status())
				.collect(Collectors.joining("\n"));
			rows.add(
					List.of(row.requirement().id(), row.requirement().text() + "\n(" + row.requirement().source() + ")",
							evidence(row, tests), row.status()));
		}
		doc.table(List.of("Requirement", "Text (source)", "Tests: result", "Status"), rows, List.of(2, 8, 12, 2), 3);
		gaps(doc, matrix);
		if (!matrix.unknownIds().isEmpty()) {
			List<List<String>> unknown = new ArrayList<>();
			matrix.unknownIds().forEach((id, tests) -> unknown.add(List.of(id, String.join("\n", tests))));
			doc.heading("Ids named by tests but not in docs/validation/requirements.md")
				.table(List.of("Id", "Tests"), unknown, List.of(1, 5), -1);
		}
		return doc;
	}

	private static String evidence(Row row, String tests) {
		if (row.procedure() == null) {
			return tests.isEmpty() ? "no test (gap)" : tests;
		}
		String outside = row.procedure().kind() + ": " + row.procedure().how();
		return tests.isEmpty() ? "no test; " + outside : tests + "\nalso " + outside;
	}

	private static void gaps(KitDocument doc, TraceMatrix matrix) {
		List<List<String>> gaps = new ArrayList<>();
		List<List<String>> outside = new ArrayList<>();
		for (Row row : matrix.rows()) {
			if (row.metOutsideTests()) {
				outside.add(
						List.of(row.requirement().id(), row.requirement().text(), row.status(), row.procedure().how()));
			}
			else if (!row.status().equals(TraceMatrix.PASSED)) {
				gaps.add(List.of(row.requirement().id(), row.requirement().text(), row.status()));
			}
		}
		doc.heading("Requirements not demonstrated by a passing test (" + gaps.size() + ")")
			.table(List.of("Requirement", "Text", "Status"), gaps, List.of(1, 8, 1), 2);
		doc.heading("Requirements met outside the test run (" + outside.size() + ", docs/validation/procedures.md)")
			.table(List.of("Requirement", "Text", "Kind", "How, and where"), outside, List.of(2, 5, 2, 8), 2);
	}

	static KitDocument operational(TraceMatrix matrix, List<TestResult> results, String machine, Instant now,
			String footer) {
		KitDocument oq = new KitDocument("Operational qualification (OQ)");
		oq.paragraph("Results of the automated tests of this build, per requirement. Date: " + now + " (UTC). Machine: "
				+ machine + ". " + footer);
		Map<String, Long> byStatus = results.stream()
			.collect(Collectors.groupingBy(TestResult::status, TreeMap::new, Collectors.counting()));
		long untraced = results.stream().filter((r) -> r.requirements().isEmpty()).count();
		List<List<String>> totals = new ArrayList<>();
		totals.add(List.of("Tests executed", String.valueOf(results.size())));
		for (String status : List.of(TestResult.SUCCESSFUL, TestResult.FAILED, TestResult.ABORTED,
				TestResult.SKIPPED)) {
			totals.add(List.of("  " + status, String.valueOf(byStatus.getOrDefault(status, 0L))));
		}
		totals.add(List.of("Tests naming no requirement", String.valueOf(untraced)));
		totals.add(List.of("Requirements passed / failed / not run / gaps",
				matrix.requirements(TraceMatrix.PASSED) + " / " + matrix.requirements(TraceMatrix.FAILED) + " / "
						+ matrix.requirements(TraceMatrix.NOT_RUN) + " / " + matrix.requirements(TraceMatrix.GAP)));
		totals.add(List.of("Requirements met outside the test run (procedure, supplier, not applicable)",
				String.valueOf(matrix.metOutsideTests())));
		totals.add(
				List.of("Overall", byStatus.containsKey(TestResult.FAILED) || results.isEmpty() ? "FAILED" : "PASSED"));
		oq.heading("Totals").table(List.of("Item", "Value"), totals, List.of(3, 2), -1);

		List<List<String>> rows = new ArrayList<>();
		for (Row row : matrix.rows()) {
			rows.add(List.of(row.requirement().id(), row.requirement().text(),
					String.valueOf(row.count(TraceMatrix.PASSED)), String.valueOf(row.count(TraceMatrix.FAILED)),
					String.valueOf(row.count(TraceMatrix.NOT_RUN)), row.status()));
		}
		oq.heading("Results per requirement")
			.table(List.of("Requirement", "Text", "Passed", "Failed", "Not run", "Status"), rows,
					List.of(2, 12, 1, 1, 1, 2), 5);

		List<List<String>> failures = new ArrayList<>();
		for (TestResult result : results) {
			if (TestResult.FAILED.equals(result.status())) {
				failures.add(List.of(result.testName() + "\n" + result.displayName(),
						String.join(", ", result.requirements()), String.valueOf(result.message())));
			}
		}
		oq.heading("Failed tests (" + failures.size() + ")")
			.table(List.of("Test", "Requirements", "Failure"), failures, List.of(4, 2, 6), -1);

		Map<String, long[]> jvms = new TreeMap<>();
		for (TestResult result : results) {
			long[] sums = jvms.computeIfAbsent(result.jvm(), (k) -> new long[2]);
			sums[0]++;
			sums[1] += result.durationMillis();
		}
		List<List<String>> jvmRows = new ArrayList<>();
		jvms.forEach((jvm, sums) -> jvmRows
			.add(List.of(jvm, String.valueOf(sums[0]), String.format("%.1f s", sums[1] / 1000.0))));
		oq.heading("Test JVMs").table(List.of("JVM", "Tests", "Time in tests"), jvmRows, List.of(4, 1, 1), -1);
		return oq;
	}

	/**
	 * {@code org.gxpbridge.audittrail.AuditTamperingTests#x} reads as
	 * {@code AuditTamperingTests#x}.
	 */
	static String shortName(String testName) {
		int method = testName.indexOf('#');
		String type = (method >= 0) ? testName.substring(0, method) : testName;
		return type.substring(type.lastIndexOf('.') + 1) + ((method >= 0) ? testName.substring(method) : "");
	}

}
