package org.gxpbridge.improvement.process;

import static org.gxpbridge.improvement.ChangeControlModel.VAR_CHANGE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.improvement.ChangeImplementations;
import org.springframework.stereotype.Component;

/**
 * Task_RaiseChangeDeviation: a CAPA with source DEVIATION through the monitoring module;
 * the change ends DEVIATION.
 */
@Component("raiseChangeDeviationDelegate")
class RaiseChangeDeviationDelegate implements JavaDelegate {

	private final ChangeImplementations implementations;

	RaiseChangeDeviationDelegate(ChangeImplementations implementations) {
		this.implementations = implementations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		implementations.raiseDeviation((String) execution.getVariable(VAR_CHANGE_ID));
	}

}
