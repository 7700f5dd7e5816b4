package org.gxpbridge.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.gxpbridge.gap.GapAnalysisModel.*;
import static org.gxpbridge.gap.GapFixtures.CYBER;
import static org.gxpbridge.gap.GapFixtures.PART11;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.gap.process.ActionProposals;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.signature.SignatureException;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of GapAnalysisProcess, started through the workflow facade: assessment per
 * framework, proposed and planned actions, signed approval or a request for changes, and
 * the refusals (incomplete worksheet or plan, assessor as approver, a record changed
 * after signing).
 */
@GxpServerTest
@Verifies({ "P11-10f", "URS-17" })
class GapAnalysisProcessTests {

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
	JdbcTemplate jdbc;

	@Autowired
	ActionProposals proposals;

	GapFixtures gap;

	@BeforeEach
	void setUp() {
		init(engine);
		gap = new GapFixtures(engine, workflow, assessments, worksheet, actions, signatures, documents);
	}

	ProcessInstance instance(GapAssessment a) {
		return engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(a.processInstanceId())
			.singleResult();
	}

	GapAssessment assessedAndPlanned() {
		GapAssessment a = gap.start("owner", PART11, CYBER);
		gap.assessFramework(a, PART11, "itsec");
		gap.assessFramework(a, CYBER, "itsec");
		gap.plan(a, "owner");
		return a;
	}

	@Test
	void opensOneAssessmentStepPerFrameworkLinkedToTheWorksheet() {
		GapAssessment a = gap.start("owner", PART11, CYBER);
		ProcessInstance pi = instance(a);
		assertThat(pi).isWaitingAt(TASK_ASSESS)
			.hasPassed(TASK_OPEN_ASSESSMENT)
			.variables()
			.containsEntry(VAR_ASSESSMENT_ID, a.id())
			.containsEntry(VAR_WORKSHEET_URL, "/gap/assessments/" + a.id());
		assertThat(a.frameworkIds()).containsExactly(PART11, CYBER);
		assertThat(a.status()).isEqualTo(AssessmentStatus.IN_ASSESSMENT);
		var part11 = gap.assessTask(a, PART11);
		assertThat(part11.getName()).isEqualTo("Assess requirements: " + PART11);
		assertThat(gap.assessTask(a, CYBER).getName()).isEqualTo("Assess requirements: " + CYBER);
		assertThat(part11).hasCandidateGroup("QUALITY_MANAGER").hasCandidateGroup("IT_SECURITY");
		assertThat(engine.getFormService().getTaskFormData(part11.getId()).getCamundaFormRef().getKey())
			.isEqualTo("gap-assessment");
	}

	@Test
	void approvedReportMakesTheAssessmentApprovedAndItsActionsTrackedItems() {
		GapAssessment a = assessedAndPlanned();
		ProcessInstance pi = instance(a);
		assertThat(pi).isWaitingAt(TASK_APPROVE).hasPassed(TASK_PROPOSE_ACTIONS, TASK_PLAN_ACTIONS);
		List<GapAction> plan = actions.ofAssessment(a.id(), a.version());
		// one GAP and one PARTIAL row per framework; both frameworks are binding and
		// safety-related
		assertThat(plan).hasSize(4).allMatch(x -> x.status() == ActionStatus.PROPOSED);
		assertThat(plan).filteredOn(x -> x.description().startsWith("Establish"))
			.extracting(GapAction::priority)
			.containsOnly("HIGH");
		assertThat(plan).filteredOn(x -> x.description().startsWith("Complete"))
			.extracting(GapAction::priority)
			.containsOnly("MEDIUM");

		gap.approve(a, "approver", APPROVAL_APPROVED);
		assertThat(pi).isWaitingAt(TASK_TRACK_ACTIONS);
		execute(job());

		assertThat(pi)
			.hasPassedInOrder(TASK_ASSESS, TASK_PROPOSE_ACTIONS, TASK_PLAN_ACTIONS, TASK_APPROVE, TASK_TRACK_ACTIONS)
			.isEnded()
			.hasPassed(END_APPROVED);
		assertThat(assessments.latest(a.id()).status()).isEqualTo(AssessmentStatus.APPROVED);
		assertThat(actions.ofAssessment(a.id(), a.version())).allMatch(x -> x.status() == ActionStatus.OPEN);
		GapAction first = plan.get(0);
		assertThat(actions.open()).extracting(GapAction::id).contains(first.id());
		assertThat(actions.find(first.id())).get().satisfies(x -> assertThat(x.ownerId()).isEqualTo("owner"));
		GapAction done = actions.markDone(first.id(), "owner", "closed by CAPA-42");
		assertThat(done.status()).isEqualTo(ActionStatus.DONE);
		assertThat(done.closedBy()).isEqualTo("owner");
		assertThat(actions.open()).extracting(GapAction::id).doesNotContain(first.id());
		assertThat(signatures.forProcessInstance(a.processInstanceId()))
			.allMatch(s -> Boolean.TRUE.equals(s.valid()) && Boolean.FALSE.equals(s.recordChangedSinceSigning()));
	}

	@Test
	void changesRequestedGoBackToThePlanWithProposalsFollowingTheWorksheet() {
		GapAssessment a = assessedAndPlanned();
		gap.approve(a, "approver", APPROVAL_CHANGES_REQUESTED);
		ProcessInstance pi = instance(a);
		assertThat(pi).isWaitingAt(TASK_PLAN_ACTIONS);
		assertThat(pi).hasPassed(TASK_APPROVE);

		// the planner corrects a GAP row to MET: its action is withdrawn on refresh
		AssessmentRow gapRow = worksheet.rows(a.id(), a.version(), PART11, null).get(0);
		assertThat(gapRow.status()).isEqualTo(RowStatus.GAP);
		gap.claim(gap.task(a, TASK_PLAN_ACTIONS), "owner");
		worksheet.assess(a.id(), new RowAssessment(PART11, gapRow.requirementId(), RowStatus.MET, null, List.of()),
				"owner", null);
		assertThatThrownBy(() -> gap.complete(gap.task(a, TASK_PLAN_ACTIONS), "owner"))
			.hasMessageContaining("worksheet changed");
		proposals.sync(assessments.latest(a.id()));
		assertThat(actions.ofAssessment(a.id(), a.version()))
			.filteredOn(x -> x.requirementId().equals(gapRow.requirementId()))
			.extracting(GapAction::status)
			.containsExactly(ActionStatus.WITHDRAWN);
		gap.plan(a, "owner");
		assertThat(pi).isWaitingAt(TASK_APPROVE);
	}

	@Test
	void anAssessmentStepCompletesOnlyWhenEveryRequirementOfItsFrameworkIsAssessed() {
		GapAssessment a = gap.start("owner", PART11);
		var task = gap.assessTask(a, PART11);
		gap.claim(task, "itsec");
		AssessmentRow first = worksheet.rows(a.id(), a.version(), PART11, null).get(0);
		worksheet.assess(a.id(), new RowAssessment(PART11, first.requirementId(), RowStatus.MET, null, List.of()),
				"itsec", null);
		assertThatThrownBy(() -> gap.complete(task, "itsec")).hasMessageContaining("not assessed yet");
		assertThat(instance(a)).isWaitingAt(TASK_ASSESS);
		gap.assessAll(a, PART11, "itsec");
		gap.complete(task, "itsec");
		assertThat(instance(a)).isWaitingAt(TASK_PLAN_ACTIONS);
	}

	@Test
	void thePlanStepCompletesOnlyWhenEveryActionHasAnOwnerAndADueDate() {
		GapAssessment a = gap.start("owner", PART11);
		gap.assessFramework(a, PART11, "itsec");
		var plan = gap.task(a, TASK_PLAN_ACTIONS);
		gap.claim(plan, "owner");
		assertThatThrownBy(() -> gap.complete(plan, "owner")).hasMessageContaining("no owner or due date");
		assertThat(instance(a)).isWaitingAt(TASK_PLAN_ACTIONS);
	}

	@Test
	@Verifies("CHK-15")
	void theStarterMayNotApproveTheReport() {
		GapAssessment a = gap.start("qm", PART11);
		gap.assessFramework(a, PART11, "itsec");
		gap.plan(a, "owner");
		assertThatThrownBy(() -> gap.approve(a, "qm", APPROVAL_APPROVED)).isInstanceOf(SignatureException.class)
			.hasMessageContaining("author");
		assertThat(instance(a)).isWaitingAt(TASK_APPROVE);
		assertThat(signatures.forProcessInstance(a.processInstanceId())).isEmpty();
	}

	@Test
	@Verifies("CHK-15")
	void whoAssessedARowMayNotApproveTheReport() {
		GapAssessment a = gap.start("owner", PART11);
		// qm, a candidate of the open assessment step, assesses one row; itsec the rest
		// and completes the step
		AssessmentRow row = worksheet.rows(a.id(), a.version(), PART11, null).get(0);
		worksheet.assess(a.id(), new RowAssessment(PART11, row.requirementId(), RowStatus.GAP, "no SOP", List.of()),
				"qm", null);
		gap.assessFramework(a, PART11, "itsec");
		gap.plan(a, "owner");
		assertThat(worksheet.assessors(a.id(), a.version())).contains("qm", "itsec");

		assertThatThrownBy(() -> gap.approve(a, "qm", APPROVAL_APPROVED))
			.hasMessageContaining("cannot approve its report");
		assertThat(instance(a)).isWaitingAt(TASK_APPROVE);
		assertThat(signatures.forProcessInstance(a.processInstanceId())).as("the signature is rolled back").isEmpty();
		gap.approve(a, "approver", APPROVAL_APPROVED);
		assertThat(instance(a)).isWaitingAt(TASK_TRACK_ACTIONS);
	}

	@Test
	void anUnknownFrameworkIsRefusedAtTheStart() {
		assertThatThrownBy(() -> gap.start("owner", "NO-SUCH-FRAMEWORK")).isInstanceOf(NotFoundException.class)
			.hasMessageContaining("NO-SUCH-FRAMEWORK");
	}

	@Test
	@Verifies({ "P11-70", "A11-14", "CHK-07" })
	void releaseRefusesWhenTheAssessmentChangedInTheDatabaseAfterSigning() {
		GapAssessment a = assessedAndPlanned();
		gap.approve(a, "approver", APPROVAL_APPROVED);
		AssessmentRow row = worksheet.rows(a.id(), a.version(), PART11, null).get(0);
		String where = " where assessment_id = ? and version = ? and framework_id = ? and requirement_id = ?";
		jdbc.update("update gxp_gap_assessment_row set status = 'MET'" + where, a.id(), a.version(), PART11,
				row.requirementId());

		assertThat(instance(a)).isWaitingAt(TASK_TRACK_ACTIONS);
		var signature = signatures.forProcessInstance(a.processInstanceId()).get(0);
		assertThat(signatures.find(signature.signatureId()).recordChangedSinceSigning()).isTrue();
		assertThat(signatures.find(signature.signatureId()).verificationDetail()).contains("gap-assessment " + a.id());
		assertThatThrownBy(() -> execute(job())).hasMessageContaining("not approved")
			.hasMessageContaining("recordChangedSinceSigning");
		assertThat(assessments.latest(a.id()).status()).isEqualTo(AssessmentStatus.IN_ASSESSMENT);

		jdbc.update("update gxp_gap_assessment_row set status = 'GAP'" + where, a.id(), a.version(), PART11,
				row.requirementId());
		assertThat(signatures.find(signature.signatureId()).recordChangedSinceSigning()).isFalse();
		execute(job());
		assertThat(instance(a)).isNull();
		assertThat(assessments.latest(a.id()).status()).isEqualTo(AssessmentStatus.APPROVED);
	}

}
