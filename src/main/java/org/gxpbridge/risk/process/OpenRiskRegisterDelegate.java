package org.gxpbridge.risk.process;

import static org.gxpbridge.risk.RiskAssessmentModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.risk.RiskRegister;
import org.gxpbridge.risk.RiskRegisterView;
import org.gxpbridge.risk.RiskSettings;
import org.gxpbridge.workflow.TaskModel;
import org.springframework.stereotype.Component;

/**
 * Task_OpenRiskRegister: a new draft register bound to this instance in the register's
 * own table (what signatures cover), opened by the process's initiator from engine
 * history; sets the periodic review interval from the settings.
 */
@Component("openRiskRegisterDelegate")
class OpenRiskRegisterDelegate implements JavaDelegate {

	private final RiskRegister register;

	private final TaskModel taskModel;

	private final RiskSettings settings;

	OpenRiskRegisterDelegate(RiskRegister register, TaskModel taskModel, RiskSettings settings) {
		this.register = register;
		this.taskModel = taskModel;
		this.settings = settings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String initiator = taskModel.authors(execution.getProcessInstanceId()).stream().findFirst().orElse(null);
		RiskRegisterView r = register.open((String) execution.getVariable(VAR_REGISTER_TITLE), initiator,
				execution.getProcessInstanceId());
		execution.setVariable(VAR_REGISTER_ID, r.id());
		execution.setVariable(VAR_REGISTER_VERSION, r.version());
		execution.setVariable(VAR_REVIEW_INTERVAL, settings.reviewInterval().toString());
	}

}
