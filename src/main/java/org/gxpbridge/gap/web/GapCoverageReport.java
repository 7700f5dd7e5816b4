package org.gxpbridge.gap.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.gxpbridge.gap.GapAssessment;
import org.gxpbridge.gap.GapAssessments;
import org.gxpbridge.gap.GapWorksheet;
import org.gxpbridge.reports.ReportColumn;
import org.gxpbridge.reports.ReportProvider;
import org.gxpbridge.reports.ReportRequest;
import org.gxpbridge.security.Role;
import org.springframework.stereotype.Component;

/**
 * Gap coverage per framework in {@code /reports} (issue 15 item 4): for the latest
 * version of every gap assessment, each framework's requirements met, partial, gap, not
 * applicable, not assessed and controlled.
 */
@Component
class GapCoverageReport implements ReportProvider {

	private final GapAssessments assessments;

	private final GapWorksheet worksheet;

	GapCoverageReport(GapAssessments assessments, GapWorksheet worksheet) {
		this.assessments = assessments;
		this.worksheet = worksheet;
	}

	@Override
	public String id() {
		return "gap-coverage";
	}

	@Override
	public String title() {
		return "Gap coverage per framework";
	}

	@Override
	public String description() {
		return "For the latest version of every gap assessment: each framework's requirements by status.";
	}

	@Override
	public Set<Role> readers() {
		return Set.of(Role.QUALITY_MANAGER, Role.AUDITOR, Role.INSPECTOR);
	}

	@Override
	public List<ReportColumn> columns() {
		return List.of(ReportColumn.of("assessment", "Assessment"), ReportColumn.of("version", "Version"),
				ReportColumn.of("status", "Status"), ReportColumn.of("framework", "Framework"),
				ReportColumn.of("total", "Requirements"), ReportColumn.of("met", "Met"),
				ReportColumn.of("partial", "Partial"), ReportColumn.of("gap", "Gap"),
				ReportColumn.of("notApplicable", "Not applicable"), ReportColumn.of("notAssessed", "Not assessed"),
				ReportColumn.of("controlled", "Controlled"));
	}

	@Override
	public Stream<List<String>> rows(ReportRequest request) {
		return assessments.all().stream().flatMap(this::coverage);
	}

	private Stream<List<String>> coverage(GapAssessment a) {
		return worksheet.coverage(a.id(), a.version())
			.stream()
			.map(c -> List.of(a.id(), String.valueOf(a.version()), String.valueOf(a.status()), c.frameworkId(),
					String.valueOf(c.total()), String.valueOf(c.met()), String.valueOf(c.partial()),
					String.valueOf(c.gap()), String.valueOf(c.notApplicable()), String.valueOf(c.notAssessed()),
					String.valueOf(c.controlled())));
	}

}
