package org.gxpbridge.controls.process;

import static org.gxpbridge.controls.DocumentApprovalModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.gxpbridge.controls.TrainingModel;
import org.springframework.stereotype.Component;

/**
 * Task_StartTraining: the effective version's training runs as its own TrainingProcess
 * instance (business key number/version), so the lifecycle goes on to its periodic review
 * while people train.
 */
@Component("startDocumentTrainingDelegate")
class StartDocumentTrainingDelegate implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		String number = (String) execution.getVariable(VAR_DOCUMENT_NUMBER);
		String version = (String) execution.getVariable(VAR_VERSION);
		var training = execution.getProcessEngineServices()
			.getRuntimeService()
			.startProcessInstanceByKey(TrainingModel.PROCESS_KEY, number + "/" + version,
					Variables.createVariables()
						.putValue(TrainingModel.VAR_DOCUMENT_NUMBER, number)
						.putValue(TrainingModel.VAR_VERSION, version)
						.putValue(TrainingModel.VAR_TITLE, execution.getVariable(VAR_TITLE)));
		execution.setVariable(VAR_TRAINING_INSTANCE, training.getId());
	}

}
