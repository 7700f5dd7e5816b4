package org.gxpbridge.risk.process;

import static org.gxpbridge.risk.RiskAssessmentModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.risk.RiskAssessment;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * Task_DetermineSoftwareSafetyClass: SoftwareSafetyClassDecision on the classification's
 * answers, in the completing transaction: an invalid combination (worst harm "none" for
 * an unacceptable contribution) refuses the completion with the field named.
 */
@Component("determineSoftwareSafetyClassDelegate")
class DetermineSoftwareSafetyClassDelegate implements JavaDelegate {

	private final RiskAssessment assessment;

	DetermineSoftwareSafetyClassDelegate(RiskAssessment assessment) {
		this.assessment = assessment;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String softwareClass = assessment.classifySoftware((String) execution.getVariable(VAR_REGISTER_ID),
				bool(execution.getVariable(VAR_CAN_CONTRIBUTE)),
				bool(execution.getVariable(VAR_UNACCEPTABLE_AFTER_EXTERNAL)),
				(String) execution.getVariable(VAR_WORST_HARM), Actor.current(execution));
		execution.setVariable(VAR_SOFTWARE_CLASS, softwareClass);
	}

	private static Boolean bool(Object value) {
		return value == null ? null : Boolean.valueOf(value.toString());
	}

}
