package org.gxpbridge.controls.process;

import static org.gxpbridge.controls.TrainingModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.controls.Training;
import org.springframework.stereotype.Component;

/**
 * Task_RecordTraining: the person's signed read-and-understood makes them current on the
 * version. Recorded only when the engine's history holds that person's completed task in
 * this instance (the eligibility guard and the signature gate let only its assignee
 * complete it), not on the word of a variable.
 */
@Component("recordTrainingDelegate")
class RecordTrainingDelegate implements JavaDelegate {

	private final Training training;

	RecordTrainingDelegate(Training training) {
		this.training = training;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String trainee = (String) execution.getVariable(VAR_TRAINEE);
		long signed = execution.getProcessEngineServices()
			.getHistoryService()
			.createHistoricTaskInstanceQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.taskDefinitionKey(TASK_ACKNOWLEDGE)
			.taskAssignee(trainee)
			.finished()
			.count();
		if (signed == 0) {
			throw new IllegalStateException("No completed read-and-understood of " + trainee + " in this instance");
		}
		training.acknowledge(trainee, (String) execution.getVariable(VAR_DOCUMENT_NUMBER),
				(String) execution.getVariable(VAR_VERSION));
	}

}
