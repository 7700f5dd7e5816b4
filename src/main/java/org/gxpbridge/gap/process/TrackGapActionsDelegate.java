package org.gxpbridge.gap.process;

import static org.gxpbridge.gap.GapAnalysisModel.VAR_ASSESSMENT_ID;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.gap.GapAssessments;
import org.gxpbridge.signature.Signatures;
import org.springframework.stereotype.Component;

/**
 * Task_TrackActions: the signed gap report is released, the assessment version becomes
 * APPROVED and its planned actions tracked items, but only while a valid APPROVED
 * signature covers the assessment as it stands in its tables (DESIGN.md §6). Otherwise
 * the job fails with the reason, retries, and ends as an incident.
 */
@Component("trackGapActionsDelegate")
class TrackGapActionsDelegate implements JavaDelegate {

	static final List<String> REQUIRED_MEANINGS = List.of("APPROVED");

	private final GapAssessments assessments;

	private final Signatures signatures;

	TrackGapActionsDelegate(GapAssessments assessments, Signatures signatures) {
		this.assessments = assessments;
		this.signatures = signatures;
	}

	@Override
	public void execute(DelegateExecution execution) {
		signatures.missingForRelease(execution.getProcessInstanceId(), REQUIRED_MEANINGS).ifPresent(reason -> {
			throw new IllegalStateException("Gap assessment " + execution.getVariable(VAR_ASSESSMENT_ID)
					+ " is not approved: " + reason + ". Sign the report again (or revert the change) first.");
		});
		assessments.approve(execution.getProcessInstanceId());
	}

}
