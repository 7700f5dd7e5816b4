package org.gxpbridge.monitoring.process;

import static org.gxpbridge.monitoring.CapaModel.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gxpbridge.monitoring.Capas;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/** The owner completing an action's task completes the action with its outcome. */
@Component("completeCapaActionListener")
class CompleteCapaActionListener implements TaskListener {

	private final Capas capas;

	CompleteCapaActionListener(Capas capas) {
		this.capas = capas;
	}

	@Override
	public void notify(DelegateTask task) {
		capas.completeAction((String) task.getVariable(VAR_ACTION_ID),
				ProcessValues.text(task.getVariable(VAR_ACTION_OUTCOME)), Actor.current(task));
	}

}
