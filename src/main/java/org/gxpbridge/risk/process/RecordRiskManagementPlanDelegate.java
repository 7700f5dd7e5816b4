package org.gxpbridge.risk.process;

import static org.gxpbridge.risk.RiskAssessmentModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.risk.RiskAssessment;
import org.gxpbridge.risk.RiskPlan;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * Task_RecordRiskManagementPlan: the plan's form values become the register's plan, in
 * the completing transaction (an invalid plan refuses the completion).
 */
@Component("recordRiskManagementPlanDelegate")
class RecordRiskManagementPlanDelegate implements JavaDelegate {

	private final RiskAssessment assessment;

	RecordRiskManagementPlanDelegate(RiskAssessment assessment) {
		this.assessment = assessment;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object eu = execution.getVariable(VAR_EU_MARKET);
		RiskPlan plan = new RiskPlan((String) execution.getVariable(VAR_SCOPE),
				(String) execution.getVariable(VAR_INTENDED_USE), (String) execution.getVariable(VAR_CRITERIA_REF),
				eu == null ? null : Boolean.valueOf(eu.toString()));
		assessment.recordPlan((String) execution.getVariable(VAR_REGISTER_ID), plan, Actor.current(execution));
	}

}
