package org.gxpbridge.monitoring.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.gxpbridge.monitoring.CapaStatus;
import org.gxpbridge.monitoring.Capas;
import org.gxpbridge.reports.ReportColumn;
import org.gxpbridge.reports.ReportProvider;
import org.gxpbridge.reports.ReportRequest;
import org.gxpbridge.security.Role;
import org.springframework.stereotype.Component;

/** Open CAPAs in {@code /reports} (issue 15 item 4): every CAPA not yet closed. */
@Component
class OpenCapasReport implements ReportProvider {

	private final Capas capas;

	OpenCapasReport(Capas capas) {
		this.capas = capas;
	}

	@Override
	public String id() {
		return "open-capas";
	}

	@Override
	public String title() {
		return "Open CAPAs";
	}

	@Override
	public String description() {
		return "Every CAPA not yet closed: source, severity, priority, due date and where it stands.";
	}

	@Override
	public Set<Role> readers() {
		return Set.of(Role.QUALITY_MANAGER, Role.AUDITOR, Role.INSPECTOR);
	}

	@Override
	public List<ReportColumn> columns() {
		return List.of(ReportColumn.of("capa", "CAPA"), ReportColumn.of("title", "Title"),
				ReportColumn.of("source", "Source"), ReportColumn.of("severity", "Severity"),
				ReportColumn.of("priority", "Priority"), ReportColumn.of("status", "Status"),
				ReportColumn.of("due", "Due"), ReportColumn.of("openedBy", "Opened by"),
				ReportColumn.of("openedAt", "Opened (UTC)"), ReportColumn.of("processInstanceId", "Process instance"));
	}

	@Override
	public Stream<List<String>> rows(ReportRequest request) {
		return capas.all()
			.stream()
			.filter(c -> c.status() != CapaStatus.CLOSED)
			.map(c -> List.of(c.id(), text(c.title()), text(c.source()), text(c.severity()), text(c.priority()),
					text(c.status()), text(c.dueDate()), text(c.openedBy()), text(c.openedAt()),
					text(c.processInstanceId())));
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

}
