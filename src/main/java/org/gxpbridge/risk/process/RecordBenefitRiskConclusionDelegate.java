package org.gxpbridge.risk.process;

import static org.gxpbridge.risk.RiskAssessmentModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.risk.RiskAssessment;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * Task_RecordBenefitRiskConclusion: the conclusion enters the register before the
 * approval signs it (so the signature covers it).
 */
@Component("recordBenefitRiskConclusionDelegate")
class RecordBenefitRiskConclusionDelegate implements JavaDelegate {

	private final RiskAssessment assessment;

	RecordBenefitRiskConclusionDelegate(RiskAssessment assessment) {
		this.assessment = assessment;
	}

	@Override
	public void execute(DelegateExecution execution) {
		assessment.recordBenefitRiskConclusion((String) execution.getVariable(VAR_REGISTER_ID),
				(String) execution.getVariable(VAR_BENEFIT_RISK), Actor.current(execution));
	}

}
