package org.gxpbridge.gap;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.gxpbridge.gap.internal.GapStore;
import org.gxpbridge.regulation.ApplicabilityRegister;
import org.gxpbridge.regulation.RegulationCatalogue;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.ReasonRequiredException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap assessments and their versions. A version is opened (or a draft revision taken up)
 * by a GapAnalysisProcess instance, which binds it in the assessment's own row; approval
 * makes it APPROVED and the previous approved version SUPERSEDED. An approved version is
 * never changed: {@link #revise} (a reason is required) starts the next version with the
 * rows carried over. Every change publishes {@link GapAssessmentChanged} or
 * {@link GapRowAssessed}.
 */
@Service
public class GapAssessments {

	private final GapStore store;

	private final RegulationCatalogue catalogue;

	private final ApplicabilityRegister register;

	private final GapActions actions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	GapAssessments(GapStore store, RegulationCatalogue catalogue, ApplicabilityRegister register, GapActions actions,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.catalogue = catalogue;
		this.register = register;
		this.actions = actions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens version 1 of a new assessment for the process instance: for the frameworks
	 * given, or when none are given for those of the approved applicability register.
	 * Unknown framework ids are refused (not found), an empty choice is invalid input.
	 */
	@Transactional
	public GapAssessment open(String title, List<String> frameworkIds, String userId, String processInstanceId) {
		List<String> chosen = frameworkIds == null || frameworkIds.isEmpty() ? register.applicableFrameworkIds()
				: frameworkIds;
		LinkedHashSet<String> ids = new LinkedHashSet<>();
		for (String id : chosen) {
			String trimmed = id == null ? "" : id.trim();
			if (!trimmed.isEmpty()) {
				ids.add(catalogue.framework(trimmed)
					.orElseThrow(() -> new NotFoundException("framework_not_found",
							"The regulation catalogue has no framework '" + trimmed + "'"))
					.id());
			}
		}
		if (ids.isEmpty()) {
			throw new InvalidInputException("no_frameworks",
					"Name the frameworks to assess, or approve an applicability register first");
		}
		String name = title == null || title.isBlank() ? "Gap analysis " + LocalDate.now(clock.withZone(ZoneOffset.UTC))
				: title.trim();
		GapAssessment a = new GapAssessment(
				"GAP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT), 1, name,
				AssessmentStatus.IN_ASSESSMENT, List.copyOf(ids), processInstanceId, userId, now(), null, null);
		store.insert(a);
		events.publishEvent(new GapAssessmentChanged("GAP_ASSESSMENT_OPENED", a.id(), 1, "frameworks", null,
				String.join(",", a.frameworkIds()) + ": " + name, userId, null, processInstanceId));
		return a;
	}

	/**
	 * Binds the draft revision of an assessment to the process instance that approves it.
	 */
	@Transactional
	public GapAssessment takeUp(String assessmentId, String userId, String processInstanceId) {
		GapAssessment a = latest(assessmentId);
		if (a.status() != AssessmentStatus.DRAFT) {
			throw new ConflictException("not_a_draft", "Assessment " + assessmentId + " version " + a.version() + " is "
					+ a.status() + "; only a draft revision can be taken up by a new gap analysis");
		}
		store.update(a.id(), a.version(), AssessmentStatus.IN_ASSESSMENT, processInstanceId, null);
		events.publishEvent(new GapAssessmentChanged("GAP_ASSESSMENT_STATUS", a.id(), a.version(), "status",
				a.status().name(), AssessmentStatus.IN_ASSESSMENT.name(), userId, null, processInstanceId));
		return latest(assessmentId);
	}

	/**
	 * Starts the next version of an approved assessment, its rows carried over; the
	 * reason is required (an edit after approval).
	 */
	@Transactional
	public GapAssessment revise(String assessmentId, String userId, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new ReasonRequiredException("Changing an approved gap assessment needs a reason for change");
		}
		GapAssessment approved = latest(assessmentId);
		if (approved.status() != AssessmentStatus.APPROVED) {
			throw new ConflictException("not_approved", "Assessment " + assessmentId + " version " + approved.version()
					+ " is " + approved.status() + ": change it in its running gap analysis");
		}
		int next = approved.version() + 1;
		GapAssessment draft = new GapAssessment(approved.id(), next, approved.title(), AssessmentStatus.DRAFT,
				approved.frameworkIds(), null, userId, now(), reason.trim(), null);
		store.insert(draft);
		events.publishEvent(new GapAssessmentChanged("GAP_ASSESSMENT_REVISED", approved.id(), next, "version",
				String.valueOf(approved.version()), String.valueOf(next), userId, reason.trim(), null));
		for (GapStore.StoredRow row : store.rows(approved.id(), approved.version())) {
			GapStore.StoredRow copy = new GapStore.StoredRow(row.assessmentId(), next, row.frameworkId(),
					row.requirementId(), row.status(), row.justification(), row.evidenceDocumentIds(), row.assessor(),
					row.assessedAt());
			store.save(copy, false);
			events.publishEvent(new GapRowAssessed(row.assessmentId(), next, row.frameworkId(), row.requirementId(),
					null, copy.describe(), userId, "carried over from version " + approved.version() + ": " + reason,
					null));
		}
		return draft;
	}

	/**
	 * The process released the signed report: this version is APPROVED, the one approved
	 * before it SUPERSEDED, and its proposed actions become tracked (OPEN).
	 */
	@Transactional
	public GapAssessment approve(String processInstanceId) {
		GapAssessment a = forProcessInstance(processInstanceId)
			.orElseThrow(() -> new NotFoundException("assessment_not_found",
					"No gap assessment belongs to process instance " + processInstanceId));
		for (GapAssessment earlier : versions(a.id())) {
			if (earlier.status() == AssessmentStatus.APPROVED) {
				store.update(earlier.id(), earlier.version(), AssessmentStatus.SUPERSEDED, earlier.processInstanceId(),
						earlier.approvedAt());
				events.publishEvent(new GapAssessmentChanged("GAP_ASSESSMENT_STATUS", earlier.id(), earlier.version(),
						"status", "APPROVED", "SUPERSEDED", null, null, earlier.processInstanceId()));
			}
		}
		store.update(a.id(), a.version(), AssessmentStatus.APPROVED, processInstanceId, now());
		events.publishEvent(new GapAssessmentChanged("GAP_ASSESSMENT_STATUS", a.id(), a.version(), "status",
				a.status().name(), AssessmentStatus.APPROVED.name(), null, null, processInstanceId));
		actions.track(a.id(), a.version(), processInstanceId);
		return store.assessment(a.id(), a.version()).orElseThrow();
	}

	/** The latest version of an assessment; not found for an unknown id. */
	public GapAssessment latest(String assessmentId) {
		return store.latest(assessmentId)
			.orElseThrow(
					() -> new NotFoundException("assessment_not_found", "There is no gap assessment " + assessmentId));
	}

	/** One version of an assessment; not found when it does not exist. */
	public GapAssessment version(String assessmentId, int version) {
		return store.assessment(assessmentId, version)
			.orElseThrow(() -> new NotFoundException("assessment_not_found",
					"There is no gap assessment " + assessmentId + " version " + version));
	}

	/** Every version of an assessment, oldest first. */
	public List<GapAssessment> versions(String assessmentId) {
		List<GapAssessment> all = new ArrayList<>();
		for (int v = 1; v <= latest(assessmentId).version(); v++) {
			store.assessment(assessmentId, v).ifPresent(all::add);
		}
		return all;
	}

	/** The version the process instance works on, from the assessment's own row. */
	public Optional<GapAssessment> forProcessInstance(String processInstanceId) {
		return store.byProcessInstance(processInstanceId);
	}

	/** The latest version of every assessment, newest first. */
	public List<GapAssessment> all() {
		return store.latestVersions();
	}

	private Instant now() {
		return clock.instant();
	}

}
