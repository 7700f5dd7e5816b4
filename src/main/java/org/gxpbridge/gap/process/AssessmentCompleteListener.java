package org.gxpbridge.gap.process;

import static org.gxpbridge.gap.GapAnalysisModel.VAR_FRAMEWORK_ID;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gxpbridge.gap.GapAssessment;
import org.gxpbridge.gap.GapAssessments;
import org.gxpbridge.gap.GapWorksheet;
import org.gxpbridge.shared.RefusedByRuleException;
import org.springframework.stereotype.Component;

/**
 * Completing "Assess requirements" for a framework needs every one of its requirements
 * assessed on the worksheet.
 */
@Component("assessmentCompleteListener")
class AssessmentCompleteListener implements TaskListener {

	private final GapAssessments assessments;

	private final GapWorksheet worksheet;

	AssessmentCompleteListener(GapAssessments assessments, GapWorksheet worksheet) {
		this.assessments = assessments;
		this.worksheet = worksheet;
	}

	@Override
	public void notify(DelegateTask task) {
		GapAssessment a = assessments.forProcessInstance(task.getProcessInstanceId()).orElseThrow();
		String framework = (String) task.getVariable(VAR_FRAMEWORK_ID);
		List<String> open = worksheet.unassessed(a.id(), a.version(), framework);
		if (!open.isEmpty()) {
			throw new RefusedByRuleException("assessment_incomplete", open.size() + " requirement(s) of " + framework
					+ " are not assessed yet, e.g. " + open.subList(0, Math.min(5, open.size())));
		}
	}

}
