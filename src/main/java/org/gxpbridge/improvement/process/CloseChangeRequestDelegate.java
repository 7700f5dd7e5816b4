package org.gxpbridge.improvement.process;

import static org.gxpbridge.improvement.ChangeControlModel.VAR_CHANGE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.improvement.ChangeImplementations;
import org.springframework.stereotype.Component;

/** Task_CloseChange: the change is closed with its revised documents as its output. */
@Component("closeChangeRequestDelegate")
class CloseChangeRequestDelegate implements JavaDelegate {

	private final ChangeImplementations implementations;

	CloseChangeRequestDelegate(ChangeImplementations implementations) {
		this.implementations = implementations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		implementations.close((String) execution.getVariable(VAR_CHANGE_ID));
	}

}
