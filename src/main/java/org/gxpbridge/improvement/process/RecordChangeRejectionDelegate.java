package org.gxpbridge.improvement.process;

import static org.gxpbridge.improvement.ChangeControlModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.improvement.ChangeRequests;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/** Task_RecordChangeRejection: the change is rejected; nothing is implemented. */
@Component("recordChangeRejectionDelegate")
class RecordChangeRejectionDelegate implements JavaDelegate {

	private final ChangeRequests requests;

	RecordChangeRejectionDelegate(ChangeRequests requests) {
		this.requests = requests;
	}

	@Override
	public void execute(DelegateExecution execution) {
		requests.reject((String) execution.getVariable(VAR_CHANGE_ID),
				(String) execution.getVariable(VAR_APPROVAL_COMMENT), Actor.current(execution));
	}

}
