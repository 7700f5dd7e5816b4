package org.gxpbridge.regulationreview.process;

import static org.gxpbridge.regulationreview.RegulationReviewModel.TASK_PROPOSE;

import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open proposal step of a review process instance: the register's page edits a
 * version only while that step is open, and only for someone the task model lets work it.
 */
@Component
public class ProposalTasks {

	private final TaskService tasks;

	ProposalTasks(TaskService tasks) {
		this.tasks = tasks;
	}

	/** The id of the open Task_ProposeFrameworks of the instance, if there is one. */
	public Optional<String> openProposalTask(String processInstanceId) {
		if (processInstanceId == null) {
			return Optional.empty();
		}
		return tasks.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(TASK_PROPOSE)
			.list()
			.stream()
			.findFirst()
			.map(Task::getId);
	}

}
