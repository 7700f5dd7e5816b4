package org.gxpbridge.monitoring.process;

import static org.gxpbridge.monitoring.CapaModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.gxpbridge.monitoring.Capas;
import org.springframework.stereotype.Component;

/**
 * Before an action's task is created: its owner, from the CAPA register (not from a
 * variable anyone could set), becomes the task's assignee.
 */
@Component("assignCapaActionListener")
class AssignCapaActionListener implements ExecutionListener {

	private final Capas capas;

	AssignCapaActionListener(Capas capas) {
		this.capas = capas;
	}

	@Override
	public void notify(DelegateExecution execution) {
		String actionId = (String) execution.getVariable(VAR_ACTION_ID);
		execution.setVariableLocal(VAR_ACTION_OWNER, capas.action(actionId).ownerId());
	}

}
