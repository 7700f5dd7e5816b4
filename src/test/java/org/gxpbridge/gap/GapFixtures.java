package org.gxpbridge.gap;

import static org.gxpbridge.gap.GapAnalysisModel.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.gxpbridge.documents.DocumentInfo;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.documents.NewDocument;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.Http;
import org.gxpbridge.workflow.Workflow;

/**
 * Walks a gap analysis through the real module API and engine, as its users would: start
 * through the workflow facade, rows on the worksheet, steps claimed and completed as the
 * user, approval signed.
 */
class GapFixtures {

	static final String PART11 = "21-CFR-11";

	static final String CYBER = "FDCA-524B";

	static final String ISO = "ISO-IEC-27001";

	final ProcessEngine engine;

	final Workflow workflow;

	final GapAssessments assessments;

	final GapWorksheet worksheet;

	final GapActions actions;

	final Signatures signatures;

	final Documents documents;

	GapFixtures(ProcessEngine engine, Workflow workflow, GapAssessments assessments, GapWorksheet worksheet,
			GapActions actions, Signatures signatures, Documents documents) {
		this.engine = engine;
		this.workflow = workflow;
		this.assessments = assessments;
		this.worksheet = worksheet;
		this.actions = actions;
		this.signatures = signatures;
		this.documents = documents;
	}

	/**
	 * Starts a gap analysis for the frameworks as the user and returns its assessment.
	 */
	GapAssessment start(String user, String... frameworkIds) {
		var started = workflow.start(PROCESS_KEY, null,
				Map.of(VAR_TITLE, "Gap test", VAR_FRAMEWORK_IDS, String.join(", ", frameworkIds)), user);
		return assessments.forProcessInstance(started.processInstanceId()).orElseThrow();
	}

	DocumentInfo evidence(String text) {
		return documents.upload(
				new NewDocument("evidence.txt", text.getBytes(StandardCharsets.UTF_8), "Evidence " + text, null, null),
				"qm");
	}

	/**
	 * Assesses every row of the framework not yet assessed as the user: the first GAP,
	 * the second PARTIAL, the rest MET.
	 */
	void assessAll(GapAssessment a, String frameworkId, String user) {
		List<AssessmentRow> rows = worksheet.rows(a.id(), a.version(), frameworkId, null);
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).assessed()) {
				continue;
			}
			RowStatus status = i == 0 ? RowStatus.GAP : i == 1 ? RowStatus.PARTIAL : RowStatus.MET;
			worksheet.assess(a.id(),
					new RowAssessment(frameworkId, rows.get(i).requirementId(), status,
							status == RowStatus.MET ? null : "not in place: " + rows.get(i).requirementId(), List.of()),
					user, null);
		}
	}

	Task assessTask(GapAssessment a, String frameworkId) {
		return engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(a.processInstanceId())
			.taskDefinitionKey(TASK_ASSESS)
			.list()
			.stream()
			.filter(t -> frameworkId
				.equals(engine.getRuntimeService().getVariable(t.getExecutionId(), VAR_FRAMEWORK_ID)))
			.findFirst()
			.orElseThrow();
	}

	Task task(GapAssessment a, String key) {
		return engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(a.processInstanceId())
			.taskDefinitionKey(key)
			.singleResult();
	}

	void claim(Task task, String user) {
		workflow.runAs(user, () -> {
			engine.getTaskService().claim(task.getId(), user);
			return null;
		});
	}

	void complete(Task task, String user) {
		workflow.runAs(user, () -> {
			engine.getTaskService().complete(task.getId());
			return null;
		});
	}

	/** Claims the framework's step, assesses every row and completes it. */
	void assessFramework(GapAssessment a, String frameworkId, String user) {
		Task task = assessTask(a, frameworkId);
		claim(task, user);
		assessAll(a, frameworkId, user);
		complete(task, user);
	}

	/** Claims the plan step and gives every proposed action an owner and a due date. */
	void plan(GapAssessment a, String user) {
		Task task = task(a, TASK_PLAN_ACTIONS);
		if (task.getAssignee() == null) {
			claim(task, user);
		}
		for (GapAction x : actions.ofAssessment(a.id(), a.version())) {
			if (x.status() == ActionStatus.PROPOSED) {
				actions.plan(x.id(), new ActionPlanEntry(x.description(), "owner", LocalDate.now().plusDays(30), false),
						user);
			}
		}
		complete(task, user);
	}

	void approve(GapAssessment a, String user, String outcome) {
		Task task = task(a, TASK_APPROVE);
		signatures.sign(new SignRequest(task.getId(), user, Http.DEMO_PASSWORD, "APPROVED",
				Map.of(VAR_APPROVAL_OUTCOME, outcome), null, "127.0.0.1"));
	}

}
