package org.gxpbridge.controls.internal;

import java.util.Collection;
import java.util.List;

import org.gxpbridge.controls.Training;
import org.gxpbridge.workflow.TrainingGate;
import org.springframework.stereotype.Component;

/** The training gate of task steps, answered from this module's training records. */
@Component
class DocumentTrainingGate implements TrainingGate {

	private final Training training;

	DocumentTrainingGate(Training training) {
		this.training = training;
	}

	@Override
	public List<String> missingTraining(String userId, Collection<String> documentNumbers) {
		return training.missing(userId, documentNumbers);
	}

}
