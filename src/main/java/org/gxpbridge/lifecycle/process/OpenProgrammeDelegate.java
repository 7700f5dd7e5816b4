package org.gxpbridge.lifecycle.process;

import static org.gxpbridge.lifecycle.ComplianceLifecycleModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.lifecycle.Programme;
import org.gxpbridge.lifecycle.Programmes;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * Task_OpenProgramme: records the programme in the start command (a refused title stores
 * nothing and answers 400); its id becomes the business key of this instance and of every
 * step it runs. The owner is who the engine starts the instance for.
 */
@Component("openProgrammeDelegate")
class OpenProgrammeDelegate implements JavaDelegate {

	private final Programmes programmes;

	OpenProgrammeDelegate(Programmes programmes) {
		this.programmes = programmes;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Programme p = programmes.open((String) execution.getVariable(VAR_TITLE),
				(String) execution.getVariable(VAR_SCOPE), Actor.currentOrServer(execution),
				execution.getProcessInstanceId());
		execution.setProcessBusinessKey(p.id());
		execution.setVariable(VAR_PROGRAMME_ID, p.id());
	}

}
