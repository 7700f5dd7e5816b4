package org.gxpbridge.documents.process;

import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gxpbridge.documents.internal.EvidenceTargets;
import org.springframework.stereotype.Component;

/**
 * Looks evidence targets up in the engine (engine APIs stay in process/ sub-packages).
 */
@Component
class EngineEvidenceTargets implements EvidenceTargets {

	private final RuntimeService runtime;

	private final HistoryService history;

	private final TaskService tasks;

	EngineEvidenceTargets(RuntimeService runtime, HistoryService history, TaskService tasks) {
		this.runtime = runtime;
		this.history = history;
		this.tasks = tasks;
	}

	@Override
	public State processInstance(String processInstanceId) {
		if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
			return State.RUNNING;
		}
		return history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0
				? State.ENDED : State.UNKNOWN;
	}

	@Override
	public Optional<String> processInstanceOfTask(String taskId) {
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		return Optional.ofNullable(task).map(Task::getProcessInstanceId);
	}

}
