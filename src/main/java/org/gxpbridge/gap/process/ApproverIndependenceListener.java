package org.gxpbridge.gap.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gxpbridge.gap.GapAssessment;
import org.gxpbridge.gap.GapAssessments;
import org.gxpbridge.gap.GapWorksheet;
import org.gxpbridge.shared.RefusedByRuleException;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * Segregation of duties beyond the signature policy (which excludes the starter and who
 * completed an authoring step): nobody who assessed a row of this version approves the
 * report. The completing user is the engine's authenticated user (the signing service
 * completes as the signer); a refusal rolls the signature back with the completion.
 */
@Component("approverIndependenceListener")
class ApproverIndependenceListener implements TaskListener {

	private final GapAssessments assessments;

	private final GapWorksheet worksheet;

	ApproverIndependenceListener(GapAssessments assessments, GapWorksheet worksheet) {
		this.assessments = assessments;
		this.worksheet = worksheet;
	}

	@Override
	public void notify(DelegateTask task) {
		String user = Actor.current(task);
		GapAssessment a = assessments.forProcessInstance(task.getProcessInstanceId()).orElseThrow();
		if (user != null && worksheet.assessors(a.id(), a.version()).contains(user)) {
			throw new RefusedByRuleException("assessor_cannot_approve",
					"User '" + user + "' assessed requirements of this gap assessment and cannot approve its report");
		}
	}

}
