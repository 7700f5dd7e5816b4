package org.gxpbridge.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gxpbridge.gap.GapFixtures.CYBER;
import static org.gxpbridge.gap.GapFixtures.ISO;
import static org.gxpbridge.gap.GapFixtures.PART11;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.audittrail.AuditQuery;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.documents.Evidence;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.NotPermittedException;
import org.gxpbridge.shared.ReasonRequiredException;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The worksheet as assessors and inspectors meet it: what a row needs, who may change it,
 * evidence, the audit trail of every change, crosswalk proposals, coverage, the plan's
 * due dates, and a change after approval (reason, new version, signature of the approved
 * version still valid).
 */
@GxpServerTest
@Verifies("URS-17")
class GapWorksheetTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	Workflow workflow;

	@Autowired
	GapAssessments assessments;

	@Autowired
	GapWorksheet worksheet;

	@Autowired
	GapActions actions;

	@Autowired
	Signatures signatures;

	@Autowired
	Documents documents;

	@Autowired
	AuditLedger ledger;

	GapFixtures gap;

	@BeforeEach
	void setUp() {
		gap = new GapFixtures(engine, workflow, assessments, worksheet, actions, signatures, documents);
	}

	static RowAssessment row(String fw, String req, RowStatus status, String justification, String... evidence) {
		return new RowAssessment(fw, req, status, justification, List.of(evidence));
	}

	String firstRequirement(GapAssessment a, String fw) {
		return worksheet.rows(a.id(), a.version(), fw, null).get(0).requirementId();
	}

	@Test
	void everyStatusButMetNeedsAJustification() {
		GapAssessment a = gap.start("owner", PART11);
		String req = firstRequirement(a, PART11);
		for (RowStatus status : List.of(RowStatus.PARTIAL, RowStatus.GAP, RowStatus.NOT_APPLICABLE)) {
			assertThatThrownBy(() -> worksheet.assess(a.id(), row(PART11, req, status, "  "), "itsec", null))
				.isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("needs a justification");
		}
		assertThatThrownBy(() -> worksheet.assess(a.id(), row(PART11, req, null, null), "itsec", null))
			.isInstanceOf(InvalidInputException.class);
		AssessmentRow met = worksheet.assess(a.id(), row(PART11, req, RowStatus.MET, null), "itsec", null);
		assertThat(met.status()).isEqualTo(RowStatus.MET);
		assertThat(met.assessor()).isEqualTo("itsec");
		assertThat(met.assessedAt()).isNotNull();
	}

	@Test
	void unknownRequirementsAndFrameworksAreNotFound() {
		GapAssessment a = gap.start("owner", PART11);
		assertThatThrownBy(() -> worksheet.assess(a.id(), row(PART11, "99.99(z)", RowStatus.MET, null), "itsec", null))
			.isInstanceOf(NotFoundException.class)
			.hasMessageContaining("99.99(z)");
		assertThatThrownBy(() -> worksheet.assess(a.id(), row(ISO, "A.5.15", RowStatus.MET, null), "itsec", null))
			.isInstanceOf(NotFoundException.class)
			.hasMessageContaining("does not assess");
		assertThatThrownBy(() -> assessments.latest("GAP-NOPE")).isInstanceOf(NotFoundException.class);
	}

	@Test
	@Verifies("CHK-15")
	void onlyWhoMayWorkTheFrameworksOpenStepChangesItsRows() {
		GapAssessment a = gap.start("owner", PART11, CYBER);
		String req = firstRequirement(a, PART11);
		assertThatThrownBy(() -> worksheet.assess(a.id(), row(PART11, req, RowStatus.MET, null), "reviewer", null))
			.as("not a candidate of the step")
			.isInstanceOf(NotPermittedException.class);
		gap.claim(gap.assessTask(a, PART11), "itsec");
		assertThatThrownBy(() -> worksheet.assess(a.id(), row(PART11, req, RowStatus.MET, null), "owner", null))
			.as("the step is claimed by someone else")
			.isInstanceOf(NotPermittedException.class);
		worksheet.assess(a.id(), row(PART11, req, RowStatus.MET, null), "itsec", null);
		String cyberReq = firstRequirement(a, CYBER);
		assertThat(worksheet.assess(a.id(), row(CYBER, cyberReq, RowStatus.MET, null), "owner", null).assessor())
			.as("the other framework's step is still open to the group")
			.isEqualTo("owner");
	}

	@Test
	void evidenceIsAStoredDocumentAndBecomesEvidenceOfTheProcess() {
		GapAssessment a = gap.start("owner", PART11);
		String req = firstRequirement(a, PART11);
		assertThatThrownBy(
				() -> worksheet.assess(a.id(), row(PART11, req, RowStatus.MET, null, "no-such-doc"), "itsec", null))
			.isInstanceOf(NotFoundException.class);
		var doc = gap.evidence("access control SOP " + a.id());
		AssessmentRow saved = worksheet.assess(a.id(), row(PART11, req, RowStatus.MET, null, doc.id()), "itsec", null);
		assertThat(saved.evidenceDocumentIds()).containsExactly(doc.id());
		assertThat(documents.evidenceOf(a.processInstanceId())).extracting(Evidence::documentId)
			.containsExactly(doc.id());
	}

	@Test
	@Verifies({ "P11-10e", "A11-9" })
	void everyChangeIsInTheAuditTrailWithOldAndNewValue_P11_10e() {
		GapAssessment a = gap.start("owner", PART11);
		String req = firstRequirement(a, PART11);
		worksheet.assess(a.id(), row(PART11, req, RowStatus.GAP, "no procedure"), "itsec", null);
		worksheet.assess(a.id(), row(PART11, req, RowStatus.PARTIAL, "draft SOP exists"), "owner", null);
		List<AuditEntry> entries = ledger.entries(new AuditQuery(a.processInstanceId(), null, null, null, null, 500))
			.stream()
			.filter(e -> GapRowAssessed.ACTION.equals(e.action()))
			.toList();
		assertThat(entries).hasSize(2);
		AuditEntry second = entries.get(1);
		assertThat(second.actorId()).isEqualTo("owner");
		assertThat(second.objectId()).isEqualTo(GapRowAssessed.objectId(a.id(), 1, PART11, req));
		assertThat(second.oldValue()).startsWith("GAP | no procedure");
		assertThat(second.newValue()).startsWith("PARTIAL | draft SOP exists");
		assertThat(ledger.entries(new AuditQuery(a.processInstanceId(), null, null, null, null, 500)))
			.anyMatch(e -> "GAP_ASSESSMENT_OPENED".equals(e.action()) && "owner".equals(e.actorId()));
	}

	@Test
	void filtersRowsByArea() {
		GapAssessment a = gap.start("owner", PART11);
		List<AssessmentRow> all = worksheet.rows(a.id(), 1, PART11, null);
		String area = all.get(0).area();
		List<AssessmentRow> filtered = worksheet.rows(a.id(), 1, PART11, area);
		assertThat(filtered).isNotEmpty().allMatch(r -> r.area().equals(area));
		assertThat(filtered.size()).isLessThanOrEqualTo(all.size());
		assertThat(worksheet.areas(PART11)).contains(area);
	}

	@Test
	void proposesEvidenceAcceptedForAMappedRequirementAndAcceptsItInOneClick() {
		GapAssessment a = gap.start("owner", PART11, ISO);
		var doc = gap.evidence("access control procedure " + a.id());
		assertThat(rowOf(a, PART11, "11.10(d)").proposal()).isNull();
		worksheet.assess(a.id(), row(ISO, "A.5.15", RowStatus.MET, null, doc.id()), "itsec", null);

		AssessmentRow proposed = rowOf(a, PART11, "11.10(d)");
		assertThat(proposed.status()).isNull();
		assertThat(proposed.proposal().label()).startsWith("proposed via A.5.15 ");
		assertThat(proposed.proposal().evidenceDocumentIds()).containsExactly(doc.id());

		AssessmentRow accepted = worksheet.acceptProposal(a.id(), PART11, "11.10(d)", "itsec", null);
		assertThat(accepted.status()).isEqualTo(RowStatus.MET);
		assertThat(accepted.evidenceDocumentIds()).containsExactly(doc.id());
		assertThat(accepted.justification()).contains("A.5.15");
		assertThat(accepted.proposal()).as("a MET row needs no proposal").isNull();
	}

	AssessmentRow rowOf(GapAssessment a, String fw, String req) {
		return worksheet.rows(a.id(), a.version(), fw, null)
			.stream()
			.filter(r -> r.requirementId().equals(req))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void coverageCountsEachStatusOverTheFrameworksRequirements() {
		GapAssessment a = gap.start("owner", CYBER);
		List<AssessmentRow> rows = worksheet.rows(a.id(), 1, CYBER, null);
		worksheet.assess(a.id(), row(CYBER, rows.get(0).requirementId(), RowStatus.MET, null), "itsec", null);
		worksheet.assess(a.id(), row(CYBER, rows.get(1).requirementId(), RowStatus.NOT_APPLICABLE, "no network"),
				"itsec", null);
		Coverage c = worksheet.coverage(a.id(), 1).get(0);
		assertThat(c.frameworkId()).isEqualTo(CYBER);
		assertThat(c.total()).isEqualTo(rows.size());
		assertThat(c.met()).isEqualTo(1);
		assertThat(c.notApplicable()).isEqualTo(1);
		assertThat(c.notAssessed()).isEqualTo(rows.size() - 2);
		assertThat(c.percentMet()).isEqualTo(Math.round(100f / (rows.size() - 1)));
	}

	@Test
	void aPlannedDueDateMayNotLieInThePast() {
		GapAssessment a = gap.start("owner", CYBER);
		gap.assessFramework(a, CYBER, "itsec");
		GapAction action = actions.ofAssessment(a.id(), 1).get(0);
		gap.claim(gap.task(a, GapAnalysisModel.TASK_PLAN_ACTIONS), "owner");
		assertThatThrownBy(() -> actions.plan(action.id(),
				new ActionPlanEntry("write the SBOM procedure", "owner", LocalDate.now().minusDays(1), false), "owner"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("in the past");
		assertThatThrownBy(() -> actions.plan(action.id(),
				new ActionPlanEntry("write the SBOM procedure", "nobody-here", LocalDate.now(), false), "owner"))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> actions.plan(action.id(),
				new ActionPlanEntry("write the SBOM procedure", "owner", LocalDate.now(), false), "qm"))
			.as("the plan step is claimed by owner")
			.isInstanceOf(NotPermittedException.class);
		assertThat(actions
			.plan(action.id(), new ActionPlanEntry("write the SBOM procedure", "owner", LocalDate.now(), false),
					"owner")
			.dueDate()).isEqualTo(LocalDate.now());
	}

	@Test
	@Verifies("URS-16")
	void aChangeAfterApprovalNeedsAReasonAndStartsANewVersionLeavingTheSignedOneIntact() {
		GapAssessment a = gap.start("owner", CYBER);
		gap.assessFramework(a, CYBER, "itsec");
		gap.plan(a, "owner");
		gap.approve(a, "approver", GapAnalysisModel.APPROVAL_APPROVED);
		engine.getManagementService()
			.executeJob(engine.getManagementService()
				.createJobQuery()
				.processInstanceId(a.processInstanceId())
				.singleResult()
				.getId());
		assertThat(assessments.latest(a.id()).status()).isEqualTo(AssessmentStatus.APPROVED);
		String req = firstRequirement(a, CYBER);

		assertThatThrownBy(() -> worksheet.assess(a.id(), row(CYBER, req, RowStatus.MET, null), "qm", null))
			.isInstanceOf(ReasonRequiredException.class);
		worksheet.assess(a.id(), row(CYBER, req, RowStatus.MET, null), "qm", "SBOM procedure now effective");

		GapAssessment v2 = assessments.latest(a.id());
		assertThat(v2.version()).isEqualTo(2);
		assertThat(v2.status()).isEqualTo(AssessmentStatus.DRAFT);
		assertThat(v2.revisionReason()).isEqualTo("SBOM procedure now effective");
		assertThat(rowOf(v2, CYBER, req).status()).isEqualTo(RowStatus.MET);
		assertThat(rowOf(assessments.version(a.id(), 1), CYBER, req).status()).isEqualTo(RowStatus.GAP);
		assertThat(signatures.forProcessInstance(a.processInstanceId()))
			.allMatch(s -> Boolean.TRUE.equals(s.valid()) && Boolean.FALSE.equals(s.recordChangedSinceSigning()));

		var started = workflow.start(GapAnalysisModel.PROCESS_KEY, null,
				Map.of(GapAnalysisModel.VAR_ASSESSMENT_ID, a.id()), "owner");
		GapAssessment takenUp = assessments.forProcessInstance(started.processInstanceId()).orElseThrow();
		assertThat(takenUp.version()).isEqualTo(2);
		assertThat(takenUp.status()).isEqualTo(AssessmentStatus.IN_ASSESSMENT);
	}

}
