package org.gxpbridge.risk.process;

import static org.gxpbridge.risk.RiskAssessmentModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.risk.RiskRegister;
import org.gxpbridge.risk.RiskRegisterView;
import org.gxpbridge.risk.RiskSettings;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * Task_OpenRiskRegister: a new draft register bound to this instance in the register's
 * own table (what signatures cover), opened by the user who started it; sets the periodic
 * review interval from the settings.
 */
@Component("openRiskRegisterDelegate")
class OpenRiskRegisterDelegate implements JavaDelegate {

	private final RiskRegister register;

	private final RiskSettings settings;

	OpenRiskRegisterDelegate(RiskRegister register, RiskSettings settings) {
		this.register = register;
		this.settings = settings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		// the starting user as the engine authenticated them; history has no start
		// user yet inside the starting transaction
		// (the server when the compliance programme starts step 3 from a job)
		String initiator = Actor.currentOrServer(execution);
		RiskRegisterView r = register.open((String) execution.getVariable(VAR_REGISTER_TITLE), initiator,
				execution.getProcessInstanceId());
		execution.setVariable(VAR_REGISTER_ID, r.id());
		execution.setVariable(VAR_REGISTER_VERSION, r.version());
		execution.setVariable(VAR_REVIEW_INTERVAL, settings.reviewInterval().toString());
	}

}
