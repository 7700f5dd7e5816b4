package org.gxpbridge.gap.process;

import static org.gxpbridge.gap.GapAnalysisModel.TASK_ASSESS;
import static org.gxpbridge.gap.GapAnalysisModel.TASK_PLAN_ACTIONS;
import static org.gxpbridge.gap.GapAnalysisModel.VAR_FRAMEWORK_ID;

import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gxpbridge.workflow.TaskModel;
import org.springframework.stereotype.Component;

/**
 * Who may change an assessment while its process runs: whoever may work (workflow's task
 * model) an open step that authors it. Rows of a framework are changed in its open
 * "Assess requirements" step or in "Plan actions"; the plan only in "Plan actions".
 */
@Component
public class OpenSteps {

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final TaskModel taskModel;

	OpenSteps(TaskService tasks, RuntimeService runtime, TaskModel taskModel) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.taskModel = taskModel;
	}

	public boolean mayAssess(String processInstanceId, String frameworkId, String userId) {
		boolean assessing = tasks.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(TASK_ASSESS)
			.list()
			.stream()
			.filter(t -> frameworkId.equals(runtime.getVariable(t.getExecutionId(), VAR_FRAMEWORK_ID)))
			.anyMatch(t -> taskModel.mayWork(t.getId(), userId));
		return assessing || mayPlan(processInstanceId, userId);
	}

	public boolean mayPlan(String processInstanceId, String userId) {
		return planTask(processInstanceId).map(t -> taskModel.mayWork(t.getId(), userId)).orElse(false);
	}

	private Optional<Task> planTask(String processInstanceId) {
		return tasks.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(TASK_PLAN_ACTIONS)
			.list()
			.stream()
			.findFirst();
	}

}
