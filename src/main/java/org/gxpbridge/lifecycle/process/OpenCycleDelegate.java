package org.gxpbridge.lifecycle.process;

import static org.gxpbridge.lifecycle.ComplianceLifecycleModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.lifecycle.Programmes;
import org.springframework.stereotype.Component;

/** Task_OpenCycle: the next cycle of the programme, recorded; step 1 follows. */
@Component("openProgrammeCycleDelegate")
class OpenCycleDelegate implements JavaDelegate {

	private final Programmes programmes;

	OpenCycleDelegate(Programmes programmes) {
		this.programmes = programmes;
	}

	@Override
	public void execute(DelegateExecution execution) {
		int cycle = programmes.openCycle(execution.getProcessBusinessKey());
		execution.setVariable(VAR_CYCLE, cycle);
		execution.setVariable(VAR_RESTART, false);
	}

}
