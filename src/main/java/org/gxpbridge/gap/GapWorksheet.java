package org.gxpbridge.gap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.gxpbridge.gap.internal.GapStore;
import org.gxpbridge.gap.internal.GapStore.StoredRow;
import org.gxpbridge.gap.process.OpenSteps;
import org.gxpbridge.regulation.Mapping;
import org.gxpbridge.regulation.RegulationCatalogue;
import org.gxpbridge.regulation.Requirement;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.NotPermittedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worksheet of an assessment version: every requirement of its frameworks as a row,
 * the assessed ones with status, justification and evidence, the others with a crosswalk
 * proposal where a mapped requirement of another framework is already MET with evidence.
 * Coverage per framework is counted over the catalogue's requirements.
 */
@Service
public class GapWorksheet {

	private final GapStore store;

	private final GapAssessments assessments;

	private final RowChanges changes;

	private final RegulationCatalogue catalogue;

	private final OpenSteps steps;

	private final ObjectProvider<ImplementedControls> controls;

	GapWorksheet(GapStore store, GapAssessments assessments, RowChanges changes, RegulationCatalogue catalogue,
			OpenSteps steps, ObjectProvider<ImplementedControls> controls) {
		this.store = store;
		this.assessments = assessments;
		this.changes = changes;
		this.catalogue = catalogue;
		this.steps = steps;
		this.controls = controls;
	}

	/**
	 * The rows of one framework (all frameworks when null), optionally of one area only,
	 * in catalogue order.
	 */
	public List<AssessmentRow> rows(String assessmentId, int version, String frameworkId, String area) {
		GapAssessment a = assessments.version(assessmentId, version);
		Map<String, StoredRow> stored = new HashMap<>();
		store.rows(assessmentId, version).forEach(r -> stored.put(r.frameworkId() + "\n" + r.requirementId(), r));
		List<AssessmentRow> rows = new ArrayList<>();
		for (String fw : frameworks(a, frameworkId)) {
			for (Requirement req : catalogue.requirements(fw)) {
				if (area != null && !area.isBlank() && !area.equals(area(req))) {
					continue;
				}
				StoredRow s = stored.get(fw + "\n" + req.id());
				CrosswalkProposal proposal = s != null && s.status() == RowStatus.MET ? null
						: proposal(a, fw, req.id()).orElse(null);
				rows.add(s == null
						? new AssessmentRow(fw, req.id(), req.title(), area(req), null, null, List.of(), null, null,
								proposal)
						: new AssessmentRow(fw, req.id(), req.title(), area(req), s.status(), s.justification(),
								s.evidenceDocumentIds(), s.assessor(), s.assessedAt(), proposal));
			}
		}
		return rows;
	}

	/** The areas of a framework's requirements, for the worksheet's filter. */
	public Set<String> areas(String frameworkId) {
		return catalogue.requirements(frameworkId)
			.stream()
			.map(GapWorksheet::area)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/**
	 * Sets a row of the latest version. While the process runs only whoever may work the
	 * framework's open assessment step (or the plan step) may; on an approved version the
	 * reason is required and the change goes into a new version.
	 */
	@Transactional
	public AssessmentRow assess(String assessmentId, RowAssessment change, String userId, String reason) {
		GapAssessment a = assessments.latest(assessmentId);
		if (!a.frameworkIds().contains(change.frameworkId())) {
			throw new NotFoundException("framework_not_assessed",
					"Assessment " + assessmentId + " does not assess framework '" + change.frameworkId() + "'");
		}
		Requirement req = catalogue.requirement(change.frameworkId(), change.requirementId())
			.orElseThrow(() -> new NotFoundException("requirement_not_found",
					"Framework " + change.frameworkId() + " has no requirement '" + change.requirementId() + "'"));
		if (a.status() == AssessmentStatus.APPROVED) {
			a = assessments.revise(assessmentId, userId, reason);
		}
		else if (a.status() == AssessmentStatus.IN_ASSESSMENT
				&& !steps.mayAssess(a.processInstanceId(), change.frameworkId(), userId)) {
			throw new NotPermittedException("not_an_assessor", "Only who may work the open 'Assess requirements' "
					+ "step of " + change.frameworkId() + " (or 'Plan actions') changes its rows");
		}
		changes.save(a, change, userId, reason);
		StoredRow s = store.row(a.id(), a.version(), change.frameworkId(), change.requirementId()).orElseThrow();
		return new AssessmentRow(s.frameworkId(), s.requirementId(), req.title(), area(req), s.status(),
				s.justification(), s.evidenceDocumentIds(), s.assessor(), s.assessedAt(),
				s.status() == RowStatus.MET ? null : proposal(a, s.frameworkId(), s.requirementId()).orElse(null));
	}

	/**
	 * One-click acceptance of a row's crosswalk proposal: MET with the mapped row's
	 * evidence, the justification naming where it came from.
	 */
	@Transactional
	public AssessmentRow acceptProposal(String assessmentId, String frameworkId, String requirementId, String userId,
			String reason) {
		GapAssessment a = assessments.latest(assessmentId);
		CrosswalkProposal p = proposal(a, frameworkId, requirementId)
			.orElseThrow(() -> new NotFoundException("no_proposal",
					"No crosswalk proposal for " + requirementId + " of " + frameworkId));
		return assess(assessmentId,
				new RowAssessment(frameworkId, requirementId, RowStatus.MET,
						"Accepted through the crosswalk: " + p.label() + ", evidence of assessment "
								+ p.sourceAssessmentId() + " version " + p.sourceVersion(),
						p.evidenceDocumentIds()),
				userId, reason);
	}

	/** Coverage of each framework of the version, in the assessment's order. */
	public List<Coverage> coverage(String assessmentId, int version) {
		GapAssessment a = assessments.version(assessmentId, version);
		List<Coverage> all = new ArrayList<>();
		for (String fw : a.frameworkIds()) {
			int[] n = new int[RowStatus.values().length];
			int total = 0;
			int unassessed = 0;
			int withControl = 0;
			Set<String> controlled = new HashSet<>();
			controls.orderedStream().forEach(c -> controlled.addAll(c.requirementsWithEffectiveControls(fw)));
			for (AssessmentRow row : rows(assessmentId, version, fw, null)) {
				total++;
				if (row.status() == null) {
					unassessed++;
				}
				else {
					n[row.status().ordinal()]++;
				}
				if (controlled.contains(row.requirementId())) {
					withControl++;
				}
			}
			all.add(new Coverage(fw, total, n[RowStatus.MET.ordinal()], n[RowStatus.PARTIAL.ordinal()],
					n[RowStatus.GAP.ordinal()], n[RowStatus.NOT_APPLICABLE.ordinal()], unassessed, withControl));
		}
		return all;
	}

	/** The requirements of a framework not yet assessed in this version. */
	public List<String> unassessed(String assessmentId, int version, String frameworkId) {
		return rows(assessmentId, version, frameworkId, null).stream()
			.filter(r -> !r.assessed())
			.map(AssessmentRow::requirementId)
			.toList();
	}

	/** Who assessed rows of this version (segregation of duties at approval). */
	public Set<String> assessors(String assessmentId, int version) {
		return store.rows(assessmentId, version)
			.stream()
			.map(StoredRow::assessor)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/**
	 * A row's area for the filter: its parent in the catalogue, else its id up to the
	 * last separator.
	 */
	static String area(Requirement req) {
		if (req.parentId() != null && !req.parentId().isBlank()) {
			return req.parentId();
		}
		int cut = Math.max(req.id().lastIndexOf('.'), Math.max(req.id().lastIndexOf('-'), req.id().indexOf('(')));
		return cut > 0 ? req.id().substring(0, cut) : req.id();
	}

	private Optional<CrosswalkProposal> proposal(GapAssessment a, String frameworkId, String requirementId) {
		for (Mapping m : catalogue.mappedTo(frameworkId, requirementId)) {
			boolean fromHere = m.fromFramework().equals(frameworkId) && m.fromRequirement().equals(requirementId);
			String otherFw = fromHere ? m.toFramework() : m.fromFramework();
			String otherReq = fromHere ? m.toRequirement() : m.fromRequirement();
			if (otherFw.equals(frameworkId)) {
				continue;
			}
			Optional<StoredRow> source = store.metWithEvidence(otherFw, otherReq, a.id(), a.version())
				.stream()
				.findFirst();
			if (source.isPresent()) {
				StoredRow s = source.get();
				return Optional.of(new CrosswalkProposal(otherFw, otherReq, m.relation(), s.evidenceDocumentIds(),
						s.assessmentId(), s.version()));
			}
		}
		return Optional.empty();
	}

	private static List<String> frameworks(GapAssessment a, String frameworkId) {
		if (frameworkId == null || frameworkId.isBlank()) {
			return a.frameworkIds();
		}
		if (!a.frameworkIds().contains(frameworkId)) {
			throw new NotFoundException("framework_not_assessed",
					"Assessment " + a.id() + " does not assess framework '" + frameworkId + "'");
		}
		return List.of(frameworkId);
	}

}
