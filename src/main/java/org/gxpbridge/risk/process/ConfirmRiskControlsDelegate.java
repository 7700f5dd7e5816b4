package org.gxpbridge.risk.process;

import static org.gxpbridge.risk.RiskAssessmentModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.risk.RiskAssessment;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * Task_ConfirmRiskControls: the risk-control step's completer confirms the controls of
 * the risks that have controls and residual scores; re-evaluation follows.
 */
@Component("confirmRiskControlsDelegate")
class ConfirmRiskControlsDelegate implements JavaDelegate {

	private final RiskAssessment assessment;

	ConfirmRiskControlsDelegate(RiskAssessment assessment) {
		this.assessment = assessment;
	}

	@Override
	public void execute(DelegateExecution execution) {
		assessment.confirmControls((String) execution.getVariable(VAR_REGISTER_ID), Actor.current(execution));
	}

}
