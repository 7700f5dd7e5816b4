package org.gxpbridge.controls.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.gxpbridge.controls.Training;
import org.gxpbridge.reports.ReportColumn;
import org.gxpbridge.reports.ReportProvider;
import org.gxpbridge.reports.ReportRequest;
import org.gxpbridge.security.Role;
import org.springframework.stereotype.Component;

/**
 * The training matrix in {@code /reports} (issue 15 item 4): each person and effective
 * document they must be trained on, and whether that training is current or due.
 */
@Component
class TrainingMatrixReport implements ReportProvider {

	private final Training training;

	TrainingMatrixReport(Training training) {
		this.training = training;
	}

	@Override
	public String id() {
		return "training-matrix";
	}

	@Override
	public String title() {
		return "Training matrix";
	}

	@Override
	public String description() {
		return "Each person and document version they must be trained on, current or due.";
	}

	@Override
	public Set<Role> readers() {
		return Set.of(Role.QUALITY_MANAGER, Role.AUDITOR, Role.INSPECTOR);
	}

	@Override
	public List<ReportColumn> columns() {
		return List.of(ReportColumn.of("user", "Person"), ReportColumn.of("document", "Document"),
				ReportColumn.of("version", "Version"), ReportColumn.of("status", "Status"));
	}

	@Override
	public Stream<List<String>> rows(ReportRequest request) {
		return training.matrix()
			.stream()
			.map(t -> List.of(t.userId(), t.documentNumber(), t.version() == null ? "" : t.version(), t.status()));
	}

}
