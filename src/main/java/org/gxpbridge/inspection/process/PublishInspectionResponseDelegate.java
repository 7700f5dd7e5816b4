package org.gxpbridge.inspection.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.inspection.InspectionRoom;
import org.springframework.stereotype.Component;

/** Publishes the reviewed response: the inspector sees it from now on. */
@Component("publishInspectionResponseDelegate")
class PublishInspectionResponseDelegate implements JavaDelegate {

	private final InspectionRoom room;

	PublishInspectionResponseDelegate(InspectionRoom room) {
		this.room = room;
	}

	@Override
	public void execute(DelegateExecution execution) {
		room.publish(execution.getProcessInstanceId());
	}

}
