package org.gxpbridge.monitoring.process;

import static org.gxpbridge.monitoring.CapaModel.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gxpbridge.monitoring.Capas;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * The effectiveness check's result and evidence go on the CAPA (refused while an action
 * is open).
 */
@Component("recordEffectivenessListener")
class RecordEffectivenessListener implements TaskListener {

	private final Capas capas;

	RecordEffectivenessListener(Capas capas) {
		this.capas = capas;
	}

	@Override
	public void notify(DelegateTask task) {
		capas.recordEffectiveness((String) task.getVariable(VAR_CAPA_ID),
				EFFECTIVE.equals(task.getVariable(VAR_EFFECTIVE)),
				ProcessValues.text(task.getVariable(VAR_EFFECTIVENESS_EVIDENCE)), Actor.current(task));
	}

}
