package org.gxpbridge.gap.process;

import static org.gxpbridge.gap.GapAnalysisModel.*;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.gxpbridge.gap.RowStatus;
import org.gxpbridge.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * GapActionPriorityDecision (dmn/gap-action-priority.dmn): the priority of the action a
 * PARTIAL or GAP requirement needs. Any other status is refused before the table is
 * evaluated, so "no rule matched" never silently means "no priority".
 */
@Component
public class ActionPriorities {

	/** The decision's outputs. */
	public record Priority(String priority, int dueWithinDays) {
	}

	private final DecisionService decisions;

	ActionPriorities(DecisionService decisions) {
		this.decisions = decisions;
	}

	public Priority of(RowStatus status, boolean bindingRegulation, boolean safetyRelated) {
		if (status == null || !status.needsAction()) {
			throw new InvalidInputException("status_out_of_range",
					"An action priority is decided for PARTIAL or GAP only, not for " + status);
		}
		var result = decisions.evaluateDecisionTableByKey(DECISION_KEY)
			.variables(Variables.createVariables()
				.putValue(IN_REQUIREMENT_STATUS, status.name())
				.putValue(IN_BINDING, bindingRegulation)
				.putValue(IN_SAFETY_RELATED, safetyRelated))
			.evaluate();
		if (result.isEmpty()) {
			throw new IllegalStateException(DECISION_KEY + " has no rule for " + status + ", binding="
					+ bindingRegulation + ", safetyRelated=" + safetyRelated);
		}
		var entries = result.getSingleResult();
		Number days = entries.getEntry(OUT_DUE_WITHIN_DAYS);
		return new Priority(entries.getEntry(OUT_PRIORITY), days.intValue());
	}

}
