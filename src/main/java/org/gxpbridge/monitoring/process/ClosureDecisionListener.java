package org.gxpbridge.monitoring.process;

import static org.gxpbridge.monitoring.CapaModel.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gxpbridge.monitoring.Capas;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * The signed closure decision: reopening sends the CAPA back to investigation; approving
 * is refused while an action is open, and the signature is rolled back with it.
 */
@Component("closureDecisionListener")
class ClosureDecisionListener implements TaskListener {

	private final Capas capas;

	ClosureDecisionListener(Capas capas) {
		this.capas = capas;
	}

	@Override
	public void notify(DelegateTask task) {
		String capaId = (String) task.getVariable(VAR_CAPA_ID);
		if (CLOSURE_REOPENED.equals(task.getVariable(VAR_CLOSURE_DECISION))) {
			capas.reopen(capaId, ProcessValues.text(task.getVariable(VAR_CLOSURE_COMMENT)), Actor.current(task));
		}
		else {
			capas.requireClosable(capaId);
		}
	}

}
