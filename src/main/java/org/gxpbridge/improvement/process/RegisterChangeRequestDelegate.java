package org.gxpbridge.improvement.process;

import static org.gxpbridge.improvement.ChangeControlModel.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.improvement.ChangeRequest;
import org.gxpbridge.improvement.ChangeRequests;
import org.gxpbridge.improvement.NewChangeRequest;
import org.gxpbridge.workflow.Actor;
import org.gxpbridge.workflow.TaskModel;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterChangeRequest: the request from the start form, the API or the programme's
 * call activity becomes CR-n bound to this instance. The requester is the engine's
 * authenticated user, never a variable.
 */
@Component("registerChangeRequestDelegate")
class RegisterChangeRequestDelegate implements JavaDelegate {

	private final ChangeRequests requests;

	private final TaskModel taskModel;

	RegisterChangeRequestDelegate(ChangeRequests requests, TaskModel taskModel) {
		this.requests = requests;
		this.taskModel = taskModel;
	}

	@Override
	public void execute(DelegateExecution execution) {
		NewChangeRequest request = new NewChangeRequest(text(execution, VAR_KIND), text(execution, VAR_TITLE),
				text(execution, VAR_DESCRIPTION), text(execution, VAR_REASON), List.of(text(execution, VAR_RISK_IDS)),
				List.of(text(execution, VAR_DOCUMENT_NUMBERS)), text(execution, VAR_APPROVED_SHA256));
		String requester = Actor.current(execution);
		if (requester == null) {
			requester = taskModel.authors(execution.getProcessInstanceId()).stream().findFirst().orElse("system");
		}
		ChangeRequest c = requests.register(request, execution.getProcessBusinessKey(),
				execution.getProcessInstanceId(), requester);
		execution.setVariable(VAR_CHANGE_ID, c.id());
	}

	private static String text(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		return value == null ? "" : value.toString();
	}

}
