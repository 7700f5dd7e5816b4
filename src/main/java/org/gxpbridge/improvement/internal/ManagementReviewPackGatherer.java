package org.gxpbridge.improvement.internal;

import static org.gxpbridge.improvement.ManagementReviewInput.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gxpbridge.controls.Training;
import org.gxpbridge.controls.TrainingStatus;
import org.gxpbridge.gap.AssessmentStatus;
import org.gxpbridge.gap.GapAssessment;
import org.gxpbridge.gap.GapAssessments;
import org.gxpbridge.gap.GapWorksheet;
import org.gxpbridge.improvement.ManagementReviewInput;
import org.gxpbridge.improvement.VulnerabilityPosture;
import org.gxpbridge.improvement.VulnerabilityStatus;
import org.gxpbridge.monitoring.Audit;
import org.gxpbridge.monitoring.AuditFinding;
import org.gxpbridge.monitoring.AuditProgramme;
import org.gxpbridge.monitoring.CapaRecord;
import org.gxpbridge.monitoring.CapaStatus;
import org.gxpbridge.monitoring.Capas;
import org.gxpbridge.regulation.ApplicabilityRegister;
import org.gxpbridge.regulation.RegisterVersion;
import org.gxpbridge.risk.Risk;
import org.gxpbridge.risk.RiskRegister;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gathers the meeting pack of a management review (ISO 13485 5.6.2 inputs) from the
 * public APIs of the modules that own them, as facts since the previous review: internal
 * audits and findings (monitoring), CAPA status and effectiveness (monitoring), risk
 * register changes (risk), training status (controls), gap coverage per framework (gap),
 * regulatory changes (applicability register versions, regulation) and vulnerability
 * status (the {@link VulnerabilityPosture} port, when a module provides it).
 */
@Component
public class ManagementReviewPackGatherer {

	private final AuditProgramme audits;

	private final Capas capas;

	private final RiskRegister risks;

	private final Training training;

	private final GapAssessments gapAssessments;

	private final GapWorksheet gapWorksheet;

	private final ApplicabilityRegister register;

	private final ObjectProvider<VulnerabilityPosture> vulnerabilities;

	private final Clock clock;

	ManagementReviewPackGatherer(AuditProgramme audits, Capas capas, RiskRegister risks, Training training,
			GapAssessments gapAssessments, GapWorksheet gapWorksheet, ApplicabilityRegister register,
			ObjectProvider<VulnerabilityPosture> vulnerabilities, Clock clock) {
		this.clock = clock;
		this.audits = audits;
		this.capas = capas;
		this.risks = risks;
		this.training = training;
		this.gapAssessments = gapAssessments;
		this.gapWorksheet = gapWorksheet;
		this.register = register;
		this.vulnerabilities = vulnerabilities;
	}

	public List<ManagementReviewInput> gather(Instant since) {
		return List.of(audits(since), capa(since), risk(since), training(), gap(), regulatory(since),
				vulnerability(since));
	}

	private ManagementReviewInput audits(Instant since) {
		List<String> facts = new ArrayList<>();
		List<Audit> reported = audits.areas()
			.stream()
			.flatMap(area -> audits.auditsOf(area.id()).stream())
			.filter(a -> a.reportedAt() != null && !a.reportedAt().isBefore(since))
			.toList();
		facts.add("Internal audits reported since " + since + ": " + reported.size());
		for (Audit a : reported) {
			Map<String, Long> bySeverity = a.findings()
				.stream()
				.collect(Collectors.groupingBy(f -> f.severity().name(), TreeMap::new, Collectors.counting()));
			facts.add(a.id() + " (" + a.areaId() + "): outcome " + a.outcome() + ", findings " + bySeverity);
			for (AuditFinding f : a.findings()) {
				facts.add("  finding " + f.id() + " " + f.severity() + " " + f.requirementId() + ": " + f.description()
						+ (f.capaId() == null ? "" : " -> " + f.capaId()));
			}
		}
		return new ManagementReviewInput(AUDITS, "Audit results", facts);
	}

	private ManagementReviewInput capa(Instant since) {
		List<CapaRecord> all = capas.all();
		List<String> facts = new ArrayList<>();
		facts.add("Open CAPAs by status: "
				+ count(all.stream().filter(c -> c.status() != CapaStatus.CLOSED).toList(), c -> c.status().name()));
		facts.add("Opened since " + since + ": "
				+ all.stream().filter(c -> !c.openedAt().isBefore(since)).map(CapaRecord::id).toList());
		List<CapaRecord> closed = all.stream()
			.filter(c -> c.closedAt() != null && !c.closedAt().isBefore(since))
			.toList();
		facts.add("Closed since " + since + ": " + closed.size() + ", effective "
				+ closed.stream().filter(c -> Boolean.TRUE.equals(c.effective())).count() + ", not effective "
				+ closed.stream().filter(c -> Boolean.FALSE.equals(c.effective())).count());
		all.stream()
			.filter(c -> c.status() != CapaStatus.CLOSED && c.dueDate() != null
					&& c.dueDate().isBefore(LocalDate.now(clock)))
			.forEach(c -> facts.add("  overdue: " + c.id() + " " + c.status() + " due " + c.dueDate()));
		return new ManagementReviewInput(CAPA, "CAPA status and effectiveness", facts);
	}

	private ManagementReviewInput risk(Instant since) {
		List<Risk> changed = risks.changedSince(since);
		List<String> facts = new ArrayList<>();
		facts.add("Risks entered or changed since " + since + ": " + changed.size());
		for (Risk r : changed) {
			facts.add(r.registerId() + "/" + r.riskId() + " " + r.kind() + " " + r.title() + ": " + r.outcomeBefore()
					+ " -> " + r.outcomeAfter() + " (" + r.updatedBy() + ")");
		}
		return new ManagementReviewInput(RISK, "Risk register changes", facts);
	}

	private ManagementReviewInput training() {
		List<TrainingStatus> matrix = training.matrix();
		List<String> facts = new ArrayList<>();
		facts.add("Training records by status: " + count(matrix, TrainingStatus::status));
		matrix.stream()
			.filter(t -> TrainingStatus.OVERDUE.equals(t.status()))
			.forEach(t -> facts.add("  overdue: " + t.userId() + " " + t.documentNumber() + " v" + t.version()));
		return new ManagementReviewInput(TRAINING, "Training status", facts);
	}

	private ManagementReviewInput gap() {
		List<String> facts = new ArrayList<>();
		for (GapAssessment latest : gapAssessments.all()) {
			gapAssessments.versions(latest.id())
				.stream()
				.filter(v -> v.status() == AssessmentStatus.APPROVED || v.status() == AssessmentStatus.SUPERSEDED)
				.reduce((a, b) -> a.version() >= b.version() ? a : b)
				.ifPresent(v -> gapWorksheet.coverage(v.id(), v.version())
					.forEach(c -> facts.add(v.id() + " v" + v.version() + " " + c.frameworkId() + ": met " + c.met()
							+ ", partial " + c.partial() + ", gap " + c.gap() + ", not assessed " + c.notAssessed()
							+ " of " + c.total() + " (" + c.notApplicable() + " not applicable, " + c.controlled()
							+ " controlled)")));
		}
		if (facts.isEmpty()) {
			facts.add("No approved gap assessment");
		}
		return new ManagementReviewInput(GAP, "Gap coverage per framework", facts);
	}

	private ManagementReviewInput regulatory(Instant since) {
		List<String> facts = new ArrayList<>();
		List<RegisterVersion> versions = register.versions()
			.stream()
			.filter(v -> v.approvedAt() != null && !v.approvedAt().isBefore(since))
			.toList();
		facts.add("Applicability register versions approved since " + since + ": " + versions.size());
		versions.forEach(v -> facts.add(v.registerId() + " v" + v.version() + " (" + v.status() + "), applicable "
				+ v.applicableFrameworkIds()));
		register.current()
			.ifPresent(v -> facts.add("Current: " + v.registerId() + " v" + v.version() + " " + v.status()));
		return new ManagementReviewInput(REGULATORY, "Regulatory changes", facts);
	}

	ManagementReviewInput vulnerability(Instant since) {
		VulnerabilityPosture posture = vulnerabilities.getIfAvailable();
		if (posture == null) {
			return new ManagementReviewInput(VULNERABILITY, "Vulnerability status", List.of("No vulnerability source"));
		}
		VulnerabilityStatus s = posture.status(since);
		return new ManagementReviewInput(VULNERABILITY, "Vulnerability status",
				List.of("Open: " + s.open() + ", uncontrolled: " + s.uncontrolled(),
						"Customer communication overdue: " + s.communicationOverdue() + ", fix overdue: "
								+ s.fixOverdue(),
						"Received since " + since + ": " + s.receivedSince() + ", closed since: " + s.closedSince(),
						"Open: " + s.openIds()));
	}

	private static <T> Map<String, Long> count(List<T> items, Function<T, String> key) {
		return items.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
	}

}
