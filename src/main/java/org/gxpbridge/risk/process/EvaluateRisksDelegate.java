package org.gxpbridge.risk.process;

import static org.gxpbridge.risk.RiskAssessmentModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.risk.RiskAssessment;
import org.gxpbridge.risk.RiskEvaluation;
import org.springframework.stereotype.Component;

/**
 * Task_EvaluateRisks: every risk through RiskAcceptabilityDecision or
 * CyberRiskControlDecision, the register as a whole into the outcome the diagram branches
 * on, and AfapJustificationDecision for the EU market.
 */
@Component("evaluateRisksDelegate")
class EvaluateRisksDelegate implements JavaDelegate {

	private final RiskAssessment assessment;

	EvaluateRisksDelegate(RiskAssessment assessment) {
		this.assessment = assessment;
	}

	@Override
	public void execute(DelegateExecution execution) {
		RiskEvaluation e = assessment.evaluate((String) execution.getVariable(VAR_REGISTER_ID));
		execution.setVariable(VAR_OUTCOME, e.outcome());
		execution.setVariable(VAR_RISK_COUNT, e.risks());
		execution.setVariable(VAR_AFAP_REQUIRED, e.afapJustificationRequired());
		execution.setVariable(VAR_REGISTER_VERSION, e.version());
	}

}
