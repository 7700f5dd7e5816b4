package org.gxpbridge.risk.process;

import static org.gxpbridge.risk.RiskAssessmentModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gxpbridge.risk.RiskAssessment;
import org.springframework.stereotype.Component;

/**
 * Task_TakeReviewSnapshot: the periodic review timer fired; the register as released is
 * kept as a dated snapshot and its next version opens for the review.
 */
@Component("takeReviewSnapshotDelegate")
class TakeReviewSnapshotDelegate implements JavaDelegate {

	private final RiskAssessment assessment;

	TakeReviewSnapshotDelegate(RiskAssessment assessment) {
		this.assessment = assessment;
	}

	@Override
	public void execute(DelegateExecution execution) {
		assessment.periodicReview((String) execution.getVariable(VAR_REGISTER_ID),
				ClockUtil.getCurrentTime().toInstant());
	}

}
