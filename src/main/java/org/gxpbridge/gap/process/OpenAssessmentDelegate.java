package org.gxpbridge.gap.process;

import static org.gxpbridge.gap.GapAnalysisModel.*;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.gap.GapAssessment;
import org.gxpbridge.gap.GapAssessments;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * Task_OpenAssessment: opens a new assessment for the frameworks named at the start (or
 * those of the approved applicability register), or takes up the draft revision named by
 * its id; the assessment's row records this instance, which binds signatures to it.
 */
@Component("openAssessmentDelegate")
class OpenAssessmentDelegate implements JavaDelegate {

	private final GapAssessments assessments;

	OpenAssessmentDelegate(GapAssessments assessments) {
		this.assessments = assessments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String pi = execution.getProcessInstanceId();
		// the starter is the engine's authenticated user of this start command (its
		// history
		// is written only when the command ends), not a variable
		String starter = Actor.current(execution);
		if (starter == null && execution.getSuperExecution() == null) {
			throw new IllegalStateException("A gap analysis is started by a person, through the workflow facade");
		}
		if (starter == null) {
			// called by the compliance programme (step 2) after its previous step ended
			// in a job
			starter = Actor.SERVER;
		}
		String draft = (String) execution.getVariable(VAR_ASSESSMENT_ID);
		String ids = (String) execution.getVariable(VAR_FRAMEWORK_IDS);
		List<String> frameworks = ids == null ? List.of() : Arrays.stream(ids.split("[,;\\s]+")).toList();
		GapAssessment a = draft == null || draft.isBlank()
				? assessments.open((String) execution.getVariable(VAR_TITLE), frameworks, starter, pi)
				: assessments.takeUp(draft.trim(), starter, pi);
		execution.setVariable(VAR_ASSESSMENT_ID, a.id());
		execution.setVariable(VAR_TITLE, a.title());
		execution.setVariable(VAR_VERSION, a.version());
		execution.setVariable(VAR_FRAMEWORK_IDS, String.join(",", a.frameworkIds()));
		execution.setVariable(VAR_WORKSHEET_URL, "/gap/assessments/" + a.id());
		execution.setVariable(VAR_REPORT_URL, "/gap/assessments/" + a.id() + "/report");
	}

}
