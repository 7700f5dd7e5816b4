package org.gxpbridge.risk.process;

import static org.gxpbridge.risk.RiskAssessmentModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.risk.RiskAssessment;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/** Task_RecordAfapJustification: the justification enters the register. */
@Component("recordAfapJustificationDelegate")
class RecordAfapJustificationDelegate implements JavaDelegate {

	private final RiskAssessment assessment;

	RecordAfapJustificationDelegate(RiskAssessment assessment) {
		this.assessment = assessment;
	}

	@Override
	public void execute(DelegateExecution execution) {
		assessment.recordAfapJustification((String) execution.getVariable(VAR_REGISTER_ID),
				(String) execution.getVariable(VAR_AFAP_JUSTIFICATION), Actor.current(execution));
	}

}
