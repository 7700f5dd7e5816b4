package org.gxpbridge.controls.process;

import static org.gxpbridge.controls.TrainingModel.*;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gxpbridge.controls.ControlledDocuments;
import org.gxpbridge.controls.ControlsSettings;
import org.gxpbridge.controls.Training;
import org.gxpbridge.documents.Documents;
import org.springframework.stereotype.Component;

/**
 * Task_AssignTraining: one training record per person the curriculum names, due after
 * {@code gxp.controls.training-due} on the engine's clock (which the overdue timer uses
 * too); the version's file is attached to the instance for the people to read.
 */
@Component("assignTrainingDelegate")
class AssignTrainingDelegate implements JavaDelegate {

	private final Training training;

	private final ControlsSettings settings;

	private final ControlledDocuments register;

	private final Documents documents;

	AssignTrainingDelegate(Training training, ControlsSettings settings, ControlledDocuments register,
			Documents documents) {
		this.training = training;
		this.settings = settings;
		this.register = register;
		this.documents = documents;
	}

	@Override
	public void execute(DelegateExecution execution) {
		var now = ClockUtil.getCurrentTime().toInstant();
		var version = register.get((String) execution.getVariable(VAR_DOCUMENT_NUMBER),
				(String) execution.getVariable(VAR_VERSION));
		if (version.fileDocumentId() != null) {
			documents.attach(version.fileDocumentId(), execution.getProcessInstanceId(), null, "system");
		}
		List<String> trainees = training.assign((String) execution.getVariable(VAR_DOCUMENT_NUMBER),
				(String) execution.getVariable(VAR_VERSION), execution.getProcessInstanceId(), now);
		execution.setVariable(VAR_TRAINEES, new ArrayList<>(trainees));
		execution.setVariable(VAR_ANYONE_TO_TRAIN, !trainees.isEmpty());
		execution.setVariable(VAR_DUE_AT,
				Date.from(now.atOffset(ZoneOffset.UTC).plus(settings.trainingDue()).toInstant()));
	}

}
