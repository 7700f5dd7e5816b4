package org.gxpbridge.risk.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.gxpbridge.reports.ReportColumn;
import org.gxpbridge.reports.ReportProvider;
import org.gxpbridge.reports.ReportRequest;
import org.gxpbridge.risk.RiskRegister;
import org.gxpbridge.security.Role;
import org.springframework.stereotype.Component;

/**
 * The risk register in {@code /reports} (issue 15 item 4): every risk of every register
 * in its current state, with its outcome before and after controls.
 */
@Component
class RiskRegisterReport implements ReportProvider {

	private final RiskRegister register;

	RiskRegisterReport(RiskRegister register) {
		this.register = register;
	}

	@Override
	public String id() {
		return "risk-register";
	}

	@Override
	public String title() {
		return "Risk register";
	}

	@Override
	public String description() {
		return "Every risk of every register in its current state: severity, likelihood, outcome before and after controls.";
	}

	@Override
	public Set<Role> readers() {
		return Set.of(Role.QUALITY_MANAGER, Role.AUDITOR, Role.INSPECTOR);
	}

	@Override
	public List<ReportColumn> columns() {
		return List.of(ReportColumn.of("register", "Register"), ReportColumn.of("risk", "Risk"),
				ReportColumn.of("kind", "Kind"), ReportColumn.of("title", "Title"),
				ReportColumn.of("severity", "Severity"), ReportColumn.of("likelihood", "Likelihood"),
				ReportColumn.of("outcomeBefore", "Outcome before"), ReportColumn.of("controls", "Risk controls"),
				ReportColumn.of("outcomeAfter", "Outcome after"), ReportColumn.of("updatedBy", "Updated by"),
				ReportColumn.of("updatedAt", "Updated (UTC)"));
	}

	@Override
	public Stream<List<String>> rows(ReportRequest request) {
		return register.changedSince(Instant.EPOCH)
			.stream()
			.map(r -> List.of(r.registerId(), r.riskId(), text(r.kind()), text(r.title()), String.valueOf(r.severity()),
					String.valueOf(r.likelihood()), text(r.outcomeBefore()), text(r.riskControls()),
					text(r.outcomeAfter()), text(r.updatedBy()), text(r.updatedAt())));
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

}
