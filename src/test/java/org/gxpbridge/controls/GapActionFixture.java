package org.gxpbridge.controls;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.gxpbridge.gap.GapAnalysisModel.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.gxpbridge.gap.ActionPlanEntry;
import org.gxpbridge.gap.ActionStatus;
import org.gxpbridge.gap.AssessmentRow;
import org.gxpbridge.gap.GapAction;
import org.gxpbridge.gap.GapActions;
import org.gxpbridge.gap.GapAssessment;
import org.gxpbridge.gap.GapAssessments;
import org.gxpbridge.gap.GapWorksheet;
import org.gxpbridge.gap.RowAssessment;
import org.gxpbridge.gap.RowStatus;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.Http;
import org.gxpbridge.workflow.Workflow;

/**
 * A tracked (OPEN) gap action made the way users make one: a gap analysis of FDCA 524B
 * through the gap module's API and engine, its first requirement assessed GAP, the plan
 * given an owner and due date, the report signed.
 */
class GapActionFixture {

	static final String FRAMEWORK = "FDCA-524B";

	private final ProcessEngine engine;

	private final Workflow workflow;

	private final GapAssessments assessments;

	private final GapWorksheet worksheet;

	private final GapActions actions;

	private final Signatures signatures;

	GapActionFixture(ProcessEngine engine, Workflow workflow, GapAssessments assessments, GapWorksheet worksheet,
			GapActions actions, Signatures signatures) {
		this.engine = engine;
		this.workflow = workflow;
		this.assessments = assessments;
		this.worksheet = worksheet;
		this.actions = actions;
		this.signatures = signatures;
	}

	/** The id of a new OPEN gap action. */
	String openAction() {
		String pi = workflow
			.start(PROCESS_KEY, null, Map.of(VAR_TITLE, "Gap for controls", VAR_FRAMEWORK_IDS, FRAMEWORK), "owner")
			.processInstanceId();
		GapAssessment a = assessments.forProcessInstance(pi).orElseThrow();
		Task assess = task(pi, TASK_ASSESS);
		claim(assess, "itsec");
		List<AssessmentRow> rows = worksheet.rows(a.id(), a.version(), FRAMEWORK, null);
		for (int i = 0; i < rows.size(); i++) {
			RowStatus status = i == 0 ? RowStatus.GAP : RowStatus.MET;
			worksheet.assess(a.id(), new RowAssessment(FRAMEWORK, rows.get(i).requirementId(), status,
					status == RowStatus.MET ? null : "no vulnerability intake", List.of()), "itsec", null);
		}
		complete(assess, "itsec");
		Task plan = task(pi, TASK_PLAN_ACTIONS);
		claim(plan, "owner");
		for (GapAction x : actions.ofAssessment(a.id(), a.version())) {
			actions.plan(x.id(), new ActionPlanEntry(x.description(), "owner", LocalDate.now().plusDays(30), false),
					"owner");
		}
		complete(plan, "owner");
		signatures.sign(new SignRequest(task(pi, TASK_APPROVE).getId(), "approver", Http.DEMO_PASSWORD, "APPROVED",
				Map.of(VAR_APPROVAL_OUTCOME, APPROVAL_APPROVED), null, "127.0.0.1"));
		ProcessInstance instance = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(pi)
			.singleResult();
		execute(job(instance));
		return actions.ofAssessment(a.id(), a.version())
			.stream()
			.filter(x -> x.status() == ActionStatus.OPEN)
			.findFirst()
			.orElseThrow()
			.id();
	}

	private Task task(String pi, String key) {
		return engine.getTaskService().createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).singleResult();
	}

	private void claim(Task task, String user) {
		workflow.runAs(user, () -> {
			engine.getTaskService().claim(task.getId(), user);
			return null;
		});
	}

	private void complete(Task task, String user) {
		workflow.runAs(user, () -> {
			engine.getTaskService().complete(task.getId());
			return null;
		});
	}

}
