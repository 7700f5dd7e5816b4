package org.gxpbridge.lifecycle.process;

import static org.gxpbridge.lifecycle.ComplianceLifecycleModel.*;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gxpbridge.risk.RiskAssessmentModel;
import org.springframework.stereotype.Component;

/**
 * Task_StartRiskAssessment (step 3): starts RiskAssessmentProcess under the programme's
 * business key. Not a call activity: the risk file lives on after its release (periodic
 * review), so the programme waits for the release (Event_RiskRegisterReleased), not the
 * end.
 */
@Component("startProgrammeRiskAssessmentDelegate")
class StartRiskAssessmentDelegate implements JavaDelegate {

	private final RuntimeService runtime;

	private final StepInputs inputs;

	StartRiskAssessmentDelegate(RuntimeService runtime, StepInputs inputs) {
		this.runtime = runtime;
		this.inputs = inputs;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ProcessInstance risk = runtime.startProcessInstanceByKey(RiskAssessmentModel.PROCESS_KEY,
				execution.getProcessBusinessKey(),
				Map.of(RiskAssessmentModel.VAR_REGISTER_TITLE, inputs.title(execution)));
		execution.setVariable(VAR_RISK_INSTANCE_ID, risk.getId());
		execution.setVariable(VAR_RISK_REGISTER_ID,
				runtime.getVariable(risk.getId(), RiskAssessmentModel.VAR_REGISTER_ID));
	}

}
