package org.gxpbridge.gap.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.gxpbridge.gap.GapAssessments;
import org.springframework.stereotype.Component;

/**
 * The collection of Task_AssessRequirements' multi-instance: one assessment step per
 * framework of the version bound to the instance (read from the assessment's row, not
 * from a variable). Public: the engine calls it by reflection from the expression.
 */
@Component("assessmentFrameworks")
public class AssessmentFrameworks {

	private final GapAssessments assessments;

	AssessmentFrameworks(GapAssessments assessments) {
		this.assessments = assessments;
	}

	public List<String> of(DelegateExecution execution) {
		return assessments.forProcessInstance(execution.getProcessInstanceId()).orElseThrow().frameworkIds();
	}

}
