package org.gxpbridge.monitoring.process;

import static org.gxpbridge.monitoring.CapaModel.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gxpbridge.monitoring.Capas;
import org.gxpbridge.monitoring.IncidentPhase;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * Completing an incident-response step records its phase on the CAPA (NIST CSF RS/RC).
 */
@Component("recordIncidentStepListener")
class RecordIncidentStepListener implements TaskListener {

	static final Map<String, IncidentPhase> PHASES = Map.of(TASK_DETECT, IncidentPhase.DETECT, TASK_CONTAIN,
			IncidentPhase.CONTAIN, TASK_ERADICATE, IncidentPhase.ERADICATE, TASK_RECOVER, IncidentPhase.RECOVER,
			TASK_LESSONS_LEARNED, IncidentPhase.LESSONS_LEARNED);

	private final Capas capas;

	RecordIncidentStepListener(Capas capas) {
		this.capas = capas;
	}

	@Override
	public void notify(DelegateTask task) {
		capas.recordIncidentStep((String) task.getVariable(VAR_CAPA_ID), PHASES.get(task.getTaskDefinitionKey()),
				ProcessValues.text(task.getVariable(VAR_INCIDENT_NOTES)), Actor.current(task));
	}

}
