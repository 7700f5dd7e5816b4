package org.gxpbridge.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.gxpbridge.lifecycle.ComplianceLifecycleModel.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.gxpbridge.controls.ControlImplementationModel;
import org.gxpbridge.controls.ControlImplementations;
import org.gxpbridge.gap.ActionPlanEntry;
import org.gxpbridge.gap.ActionStatus;
import org.gxpbridge.gap.AssessmentRow;
import org.gxpbridge.gap.GapAction;
import org.gxpbridge.gap.GapActions;
import org.gxpbridge.gap.GapAnalysisModel;
import org.gxpbridge.gap.GapAssessment;
import org.gxpbridge.gap.GapAssessments;
import org.gxpbridge.gap.GapWorksheet;
import org.gxpbridge.gap.RowAssessment;
import org.gxpbridge.gap.RowStatus;
import org.gxpbridge.risk.RiskAssessmentModel;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotPermittedException;
import org.gxpbridge.shared.ReasonRequiredException;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ComplianceLifecycleProcess, the programme umbrella (issue 13 item 5): one business key
 * through every step, step 2 as a real call activity whose assessment comes back for step
 * 4, step 3 and 4 started (not called) and waited for, the restart on a regulatory change
 * and on a management-review decision, the next cycle by timer, retirement, and the
 * refusals (no title, no reason, not a quality manager, retired twice).
 */
@GxpServerTest
@Verifies("URS-30")
class ComplianceLifecycleProcessTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	Programmes programmes;

	@Autowired
	Workflow workflow;

	@Autowired
	GapAssessments assessments;

	@Autowired
	GapWorksheet worksheet;

	@Autowired
	GapActions actions;

	@Autowired
	ControlImplementations controls;

	@Autowired
	Signatures signatures;

	@Autowired
	JdbcTemplate jdbc;

	final List<String> programmesOfTest = new ArrayList<>();

	@BeforeEach
	void setUp() {
		init(engine);
	}

	/**
	 * Retires what a test left running: its step 1 draft is withdrawn with it, so no
	 * other test meets an open register version.
	 */
	@AfterEach
	void retireLeftovers() {
		for (String id : programmesOfTest) {
			if (Programme.RUNNING.equals(programmes.get(id).status())) {
				programmes.retire(id, "test finished", "qm");
			}
		}
	}

	ProcessInstance instance(Programme p) {
		return engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(p.processInstanceId())
			.singleResult();
	}

	ProcessInstance child(Programme p, String processKey) {
		return engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(processKey)
			.processInstanceBusinessKey(p.id())
			.active()
			.singleResult();
	}

	Programme started() {
		Programme p = programmes.start("Infusion pump QMS/ISMS 2027", "Site A, pump controller 2.x", "FDCA-524B", "qm");
		programmesOfTest.add(p.id());
		ProcessInstance pi = instance(p);
		assertThat(pi).isWaitingAt(TASK_OPEN_CYCLE);
		execute(job(pi));
		return programmes.get(p.id());
	}

	/** Moves the umbrella to an activity, as if the steps before it had run. */
	void jumpTo(Programme p, String activityId, Map<String, Object> variables) {
		var modification = engine.getRuntimeService().createProcessInstanceModification(p.processInstanceId());
		for (var a : engine.getRuntimeService()
			.getActivityInstance(p.processInstanceId())
			.getChildActivityInstances()[0].getChildActivityInstances()) {
			modification.cancelActivityInstance(a.getId());
		}
		modification.startBeforeActivity(activityId).setVariables(variables).execute();
	}

	@Test
	void aProgrammeRecordsItsOwnerAndCarriesItsIdAsBusinessKeyIntoStepOne() {
		Programme p = started();
		assertThat(p.id()).startsWith("PRG-");
		assertThat(p.ownerId()).isEqualTo("qm");
		assertThat(p.cycle()).isEqualTo(1);
		ProcessInstance pi = instance(p);
		assertThat(pi.getBusinessKey()).isEqualTo(p.id());
		assertThat(pi).isWaitingAt(STEP_REGULATION_REVIEW);
		ProcessInstance step1 = child(p, "RegulationReviewProcess");
		assertThat(step1).as("step 1 runs under the programme id").isNotNull();
		assertThat(engine.getRuntimeService().getVariable(step1.getId(), "changeReason"))
			.isEqualTo("Compliance programme " + p.id() + ", cycle 1");
		ProgrammeView view = programmes.view(p.id());
		assertThat(view.steps()).extracting(ProgrammeStep::state)
			.containsExactly(ProgrammeStep.IN_PROGRESS, ProgrammeStep.NOT_STARTED, ProgrammeStep.NOT_STARTED,
					ProgrammeStep.NOT_STARTED, ProgrammeStep.NOT_STARTED, ProgrammeStep.NOT_STARTED);
		assertThat(view.steps().get(0).records()).extracting(ProgrammeStep.StepRecord::processInstanceId)
			.containsExactly(step1.getId());
		assertThat(jdbc.queryForList("select action from gxp_audit_entry where object_id = ? order by seq",
				String.class, p.id()))
			.as("the ledger records the programme's changes (P11-10e)")
			.containsSubsequence("PROGRAMME_STARTED", "PROGRAMME_CYCLE_OPENED");
	}

	@Test
	void aRegulatoryChangeEndsTheCycleAndStartsAgainAtStepOneWithTheReason() {
		Programme p = started();
		ProcessInstance step1 = child(p, "RegulationReviewProcess");
		assertThatThrownBy(() -> programmes.regulatoryChange(p.id(), " ", "qm"))
			.isInstanceOf(ReasonRequiredException.class);
		programmes.regulatoryChange(p.id(), "EU Annex 11 revision published", "qm");
		assertThat(step1).isEnded();
		ProcessInstance pi = instance(p);
		assertThat(pi).isWaitingAt(TASK_OPEN_CYCLE);
		execute(job(pi));
		Programme after = programmes.get(p.id());
		assertThat(after.cycle()).isEqualTo(2);
		assertThat(after.statusReason()).isEqualTo("EU Annex 11 revision published");
		assertThat(engine.getRuntimeService().getVariable(child(p, "RegulationReviewProcess").getId(), "changeReason"))
			.isEqualTo("Compliance programme " + p.id() + ", cycle 2");
		assertThat(programmes.view(p.id()).steps().get(0).records())
			.as("the programme page shows the new cycle's step 1, not the cancelled one")
			.singleElement()
			.satisfies(r -> {
				assertThat(r.processInstanceId()).isNotEqualTo(step1.getId());
				assertThat(r.ended()).isFalse();
			});
	}

	@Test
	void retiringEndsTheProgrammeOnceAndNobodyButAQualityManagerStartsOne() {
		Programme p = started();
		assertThatThrownBy(() -> programmes.retire(p.id(), "", "qm")).isInstanceOf(ReasonRequiredException.class);
		programmes.retire(p.id(), "product line discontinued", "qm");
		assertThat(instance(p)).isNull();
		assertThat(programmes.get(p.id()).status()).isEqualTo(Programme.RETIRED);
		assertThatThrownBy(() -> programmes.retire(p.id(), "again", "qm")).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> programmes.start("Mine", null, null, "owner"))
			.isInstanceOf(NotPermittedException.class);
		int before = programmes.all().size();
		assertThatThrownBy(() -> programmes.start(" ", null, null, "qm")).isInstanceOf(InvalidInputException.class);
		assertThat(programmes.all()).as("a refused start stores nothing").hasSize(before);
	}

	@Test
	void stepTwoIsCalledAndItsApprovedActionsBecomeControlImplementationsOfStepFour() {
		Programme p = started();
		jumpTo(p, STEP_GAP_ANALYSIS, Map.of());
		ProcessInstance gap = child(p, GapAnalysisModel.PROCESS_KEY);
		assertThat(gap).as("step 2 called under the programme id").isNotNull();
		GapAssessment a = assessments.forProcessInstance(gap.getId()).orElseThrow();
		completeGap(gap, a);
		ProcessInstance pi = instance(p);
		assertThat(pi).isWaitingAt(TASK_START_RISK_ASSESSMENT)
			.variables()
			.containsEntry(VAR_GAP_ASSESSMENT_ID, a.id())
			.containsEntry(VAR_GAP_ASSESSMENT_VERSION, a.version());
		execute(job(pi));
		ProcessInstance risk = child(p, RiskAssessmentModel.PROCESS_KEY);
		assertThat(risk).as("step 3 started under the programme id").isNotNull();
		assertThat(pi).isWaitingAt(EVENT_RISK_REGISTER_RELEASED)
			.variables()
			.containsEntry(VAR_RISK_INSTANCE_ID, risk.getId())
			.containsKey(VAR_RISK_REGISTER_ID);
		jumpTo(p, TASK_START_CONTROLS, Map.of());
		execute(job(pi));
		List<GapAction> open = actions.ofAssessment(a.id(), a.version())
			.stream()
			.filter(x -> x.status() == ActionStatus.OPEN)
			.toList();
		assertThat(open).isNotEmpty();
		assertThat(pi).isWaitingAt(EVENT_CONTROLS_EFFECTIVE).variables().containsEntry(VAR_CONTROL_COUNT, open.size());
		List<ProcessInstance> controlInstances = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(ControlImplementationModel.PROCESS_KEY)
			.processInstanceBusinessKey(p.id())
			.list();
		assertThat(controlInstances).hasSize(open.size());
		assertThat(controls.all()).filteredOn(c -> open.get(0).id().equals(c.gapActionId()))
			.singleElement()
			.satisfies(c -> {
				assertThat(c.ownerId()).isEqualTo("owner");
				assertThat(c.requirements().toString()).contains(open.get(0).requirementId());
			});
		assertThat(programmes.view(p.id()).steps().get(3).records()).hasSize(open.size());
	}

	/**
	 * Works step 2 as its users do: each framework's worksheet assessed (one gap in the
	 * first), the actions planned, the report signed APPROVED, the release job run.
	 */
	void completeGap(ProcessInstance gap, GapAssessment a) {
		List<Task> assessTasks = engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(gap.getId())
			.taskDefinitionKey(GapAnalysisModel.TASK_ASSESS)
			.list();
		assertThat(assessTasks).as("one worksheet per framework of the approved register").isNotEmpty();
		boolean first = true;
		for (Task assess : assessTasks) {
			String framework = (String) engine.getTaskService()
				.getVariable(assess.getId(), GapAnalysisModel.VAR_FRAMEWORK_ID);
			List<AssessmentRow> rows = worksheet.rows(a.id(), a.version(), framework, null);
			boolean withGap = first;
			claimAndComplete(assess, "itsec", () -> {
				for (int i = 0; i < rows.size(); i++) {
					RowStatus status = withGap && i == 0 ? RowStatus.GAP : RowStatus.MET;
					worksheet.assess(a.id(),
							new RowAssessment(framework, rows.get(i).requirementId(), status,
									status == RowStatus.MET ? null : "no vulnerability intake", List.of()),
							"itsec", null);
				}
			});
			first = false;
		}
		Task plan = task(gap, GapAnalysisModel.TASK_PLAN_ACTIONS);
		claimAndComplete(plan, "owner", () -> {
			for (GapAction x : actions.ofAssessment(a.id(), a.version())) {
				actions.plan(x.id(), new ActionPlanEntry(x.description(), "owner", LocalDate.now().plusDays(30), false),
						"owner");
			}
		});
		signatures.sign(new SignRequest(task(gap, GapAnalysisModel.TASK_APPROVE).getId(), "approver",
				Http.DEMO_PASSWORD, "APPROVED",
				Map.of(GapAnalysisModel.VAR_APPROVAL_OUTCOME, GapAnalysisModel.APPROVAL_APPROVED), null, "127.0.0.1"));
		execute(job(gap));
		assertThat(gap).isEnded();
	}

	Task task(ProcessInstance pi, String key) {
		return engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(pi.getId())
			.taskDefinitionKey(key)
			.singleResult();
	}

	void claimAndComplete(Task task, String user, Runnable work) {
		workflow.runAs(user, () -> {
			engine.getTaskService().claim(task.getId(), user);
			work.run();
			engine.getTaskService().complete(task.getId());
			return null;
		});
	}

	@Test
	void aManagementReviewDecisionStartsAgainAtStepOneAndOtherwiseTheNextCycleIsDueByTimer() {
		Programme p = started();
		jumpTo(p, GATEWAY_RESTART, Map.of(VAR_RESTART, true));
		ProcessInstance pi = instance(p);
		assertThat(pi).hasPassed(END_CYCLE_RESTARTED).isWaitingAt(TASK_OPEN_CYCLE);
		execute(job(pi));
		assertThat(programmes.get(p.id()).cycle()).isEqualTo(2);
		jumpTo(p, GATEWAY_RESTART, Map.of(VAR_RESTART, false));
		assertThat(pi).isWaitingAt(EVENT_NEXT_CYCLE_DUE);
		Job timer = engine.getManagementService()
			.createJobQuery()
			.processInstanceId(pi.getId())
			.timers()
			.singleResult();
		assertThat(timer.getDuedate()).as("gxp.lifecycle.cycle P12M")
			.isAfter(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(360))));
		try {
			ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
			execute(timer);
		}
		finally {
			ClockUtil.reset();
		}
		assertThat(pi).hasPassed(END_CYCLE_COMPLETED).isWaitingAt(TASK_OPEN_CYCLE);
	}

	@Test
	void withoutOpenGapActionsStepFourIsDoneAndStepFiveIsCalled() {
		Programme p = started();
		jumpTo(p, TASK_START_CONTROLS, Map.of());
		ProcessInstance pi = instance(p);
		execute(job(pi));
		assertThat(pi).hasPassed(GATEWAY_CONTROLS_DONE).isWaitingAt(STEP_ACCESS_REVIEW);
		execute(job(pi));
		assertThat(child(p, "AccessReviewProcess")).isNotNull();
		assertThat(programmes.view(p.id()).steps().get(3).state()).isEqualTo(ProgrammeStep.DONE);
	}

}
