package org.gxpbridge.gap.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.gap.GapAssessments;
import org.springframework.stereotype.Component;

/**
 * Task_ProposeActions: an action for every PARTIAL or GAP row, prioritised by
 * GapActionPriorityDecision; on a return from approval, the plan follows the worksheet's
 * changes.
 */
@Component("proposeActionsDelegate")
class ProposeActionsDelegate implements JavaDelegate {

	private final GapAssessments assessments;

	private final ActionProposals proposals;

	ProposeActionsDelegate(GapAssessments assessments, ActionProposals proposals) {
		this.assessments = assessments;
		this.proposals = proposals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		proposals.sync(assessments.forProcessInstance(execution.getProcessInstanceId()).orElseThrow());
	}

}
