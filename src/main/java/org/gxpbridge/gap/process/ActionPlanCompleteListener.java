package org.gxpbridge.gap.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gxpbridge.gap.GapActions;
import org.gxpbridge.gap.GapAssessment;
import org.gxpbridge.gap.GapAssessments;
import org.gxpbridge.shared.RefusedByRuleException;
import org.springframework.stereotype.Component;

/**
 * Completing "Plan actions" needs a plan that follows the worksheet as it stands and an
 * owner and due date on every action that is not declined.
 */
@Component("actionPlanCompleteListener")
class ActionPlanCompleteListener implements TaskListener {

	private final GapAssessments assessments;

	private final GapActions actions;

	private final ActionProposals proposals;

	ActionPlanCompleteListener(GapAssessments assessments, GapActions actions, ActionProposals proposals) {
		this.assessments = assessments;
		this.actions = actions;
		this.proposals = proposals;
	}

	@Override
	public void notify(DelegateTask task) {
		GapAssessment a = assessments.forProcessInstance(task.getProcessInstanceId()).orElseThrow();
		if (!proposals.inLineWithWorksheet(a)) {
			throw new RefusedByRuleException("plan_outdated",
					"The worksheet changed since the actions were proposed: refresh the proposals on the report page");
		}
		var incomplete = actions.incomplete(a.id(), a.version());
		if (!incomplete.isEmpty()) {
			throw new RefusedByRuleException("plan_incomplete",
					incomplete.size() + " action(s) have no owner or due date, e.g. " + incomplete.get(0).id());
		}
	}

}
