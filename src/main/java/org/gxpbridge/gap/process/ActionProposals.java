package org.gxpbridge.gap.process;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gxpbridge.gap.ActionStatus;
import org.gxpbridge.gap.AssessmentRow;
import org.gxpbridge.gap.GapAction;
import org.gxpbridge.gap.GapActions;
import org.gxpbridge.gap.GapAssessment;
import org.gxpbridge.gap.GapWorksheet;
import org.gxpbridge.gap.internal.FrameworkCriticality;
import org.gxpbridge.regulation.Framework;
import org.gxpbridge.regulation.RegulationCatalogue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the action plan in line with the worksheet: an action (priority and due date
 * from GapActionPriorityDecision) for every PARTIAL or GAP row that has none, proposed or
 * declined actions withdrawn where the row no longer needs one.
 */
@Component
public class ActionProposals {

	private final GapWorksheet worksheet;

	private final GapActions actions;

	private final ActionPriorities priorities;

	private final RegulationCatalogue catalogue;

	ActionProposals(GapWorksheet worksheet, GapActions actions, ActionPriorities priorities,
			RegulationCatalogue catalogue) {
		this.worksheet = worksheet;
		this.actions = actions;
		this.priorities = priorities;
		this.catalogue = catalogue;
	}

	@Transactional
	public void sync(GapAssessment a) {
		Set<String> needed = new HashSet<>();
		for (AssessmentRow row : worksheet.rows(a.id(), a.version(), null, null)) {
			if (row.status() == null || !row.status().needsAction()) {
				continue;
			}
			needed.add(row.frameworkId() + "/" + row.requirementId());
			Framework fw = catalogue.framework(row.frameworkId()).orElseThrow();
			var priority = priorities.of(row.status(), FrameworkCriticality.binding(fw),
					FrameworkCriticality.safetyRelated(fw));
			actions.propose(a.id(), a.version(), row.frameworkId(), row.requirementId(), priority.priority(),
					priority.dueWithinDays(), recommendation(row, fw));
		}
		actions.withdrawExcept(a.id(), a.version(), needed);
	}

	/**
	 * Whether the plan covers the worksheet as it stands: every PARTIAL/GAP row has a
	 * live action and no live action is for a row that no longer needs one.
	 */
	public boolean inLineWithWorksheet(GapAssessment a) {
		Set<String> needed = new HashSet<>();
		worksheet.rows(a.id(), a.version(), null, null)
			.stream()
			.filter(r -> r.status() != null && r.status().needsAction())
			.forEach(r -> needed.add(r.frameworkId() + "/" + r.requirementId()));
		List<GapAction> live = actions.ofAssessment(a.id(), a.version())
			.stream()
			.filter(x -> x.status() == ActionStatus.PROPOSED || x.status() == ActionStatus.DECLINED)
			.toList();
		Set<String> planned = new HashSet<>();
		live.forEach(x -> planned.add(x.frameworkId() + "/" + x.requirementId()));
		return planned.equals(needed);
	}

	/** The remediation recommendation the planner starts from. */
	static String recommendation(AssessmentRow row, Framework fw) {
		String verb = row.status().name().equals("GAP") ? "Establish" : "Complete";
		return verb + " " + fw.shortName() + " " + row.requirementId() + " (" + row.title() + "): "
				+ row.justification();
	}

}
