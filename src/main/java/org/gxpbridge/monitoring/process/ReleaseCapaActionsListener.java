package org.gxpbridge.monitoring.process;

import static org.gxpbridge.monitoring.CapaModel.*;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gxpbridge.monitoring.Capas;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * Completing the plan releases the CAPA's open actions, one task each; refused while
 * there is none.
 */
@Component("releaseCapaActionsListener")
class ReleaseCapaActionsListener implements TaskListener {

	private final Capas capas;

	ReleaseCapaActionsListener(Capas capas) {
		this.capas = capas;
	}

	@Override
	public void notify(DelegateTask task) {
		var ids = capas.releaseActions((String) task.getVariable(VAR_CAPA_ID), Actor.current(task));
		task.getExecution().setVariable(VAR_ACTION_IDS, new ArrayList<>(ids));
	}

}
