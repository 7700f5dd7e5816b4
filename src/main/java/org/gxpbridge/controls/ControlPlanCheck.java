package org.gxpbridge.controls;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.gxpbridge.gap.ActionStatus;
import org.gxpbridge.gap.GapActions;
import org.gxpbridge.regulation.RegulationCatalogue;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.workflow.TaskModel;
import org.springframework.stereotype.Component;

/**
 * The rules a control plan must pass before anything is stored, and who may record an
 * implementation (asked of the task model, never of a variable).
 */
@Component
class ControlPlanCheck {

	private final RegulationCatalogue catalogue;

	private final GapActions gapActions;

	private final Accounts accounts;

	private final TaskService tasks;

	private final TaskModel taskModel;

	private final Clock clock;

	ControlPlanCheck(RegulationCatalogue catalogue, GapActions gapActions, Accounts accounts, TaskService tasks,
			TaskModel taskModel, Clock clock) {
		this.catalogue = catalogue;
		this.gapActions = gapActions;
		this.accounts = accounts;
		this.tasks = tasks;
		this.taskModel = taskModel;
		this.clock = clock;
	}

	/** The plan, normalised, as a record without id; or the first problem as 400. */
	ControlImplementation checked(NewControlPlan plan) {
		String title = plan.title() == null ? "" : plan.title().trim();
		if (title.isEmpty() || title.length() > 300) {
			throw new InvalidInputException("title_required", "A control needs a title (at most 300 characters)");
		}
		ControlCategory category = ControlCategory.parse(plan.category());
		Set<RequirementRef> refs = new LinkedHashSet<>();
		plan.requirements()
			.stream()
			.filter(r -> r != null)
			.flatMap(r -> List.of(r.split("[,;\\n]")).stream())
			.filter(r -> !r.isBlank())
			.map(RequirementRef::parse)
			.forEach(refs::add);
		if (refs.isEmpty()) {
			throw new InvalidInputException("requirements_required",
					"Name the catalogue requirements the control implements (frameworkId/requirementId)");
		}
		List<String> unknown = new ArrayList<>();
		for (RequirementRef r : refs) {
			if (catalogue.requirement(r.frameworkId(), r.requirementId()).isEmpty()) {
				unknown.add(r.toString());
			}
		}
		if (!unknown.isEmpty()) {
			throw new InvalidInputException("unknown_requirement",
					"The regulation catalogue has no requirement " + String.join(", ", unknown));
		}
		String action = plan.gapActionId() == null || plan.gapActionId().isBlank() ? null : plan.gapActionId().trim();
		if (action != null) {
			var a = gapActions.find(action)
				.orElseThrow(() -> new InvalidInputException("unknown_gap_action", "There is no gap action " + action));
			if (a.status() == ActionStatus.WITHDRAWN || a.status() == ActionStatus.DECLINED) {
				throw new InvalidInputException("gap_action_not_tracked",
						"Gap action " + action + " is " + a.status() + ": nothing to implement");
			}
		}
		String owner = plan.ownerId() == null || plan.ownerId().isBlank() ? null : Accounts.normalize(plan.ownerId());
		if (owner == null || accounts.find(owner).isEmpty()) {
			throw new InvalidInputException("unknown_owner",
					"There is no account '" + plan.ownerId() + "' to own the control");
		}
		LocalDate due = plan.dueDate();
		if (due == null) {
			throw new InvalidInputException("due_date_required", "A control needs a planned due date (yyyy-mm-dd)");
		}
		if (due.isBefore(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
			throw new InvalidInputException("due_date_in_past", "The due date " + due + " is in the past");
		}
		return new ControlImplementation(null, title, category, List.copyOf(refs), action, owner, due,
				ControlStatus.PLANNED, null, null, null, null, null, null, null, null, List.of(), null, null, null);
	}

	/** Whether the implement step of the instance is open and the user may work it. */
	boolean mayImplement(String processInstanceId, String userId) {
		return tasks.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(ControlImplementationModel.TASK_IMPLEMENT)
			.list()
			.stream()
			.anyMatch(t -> taskModel.mayWork(t.getId(), userId));
	}

	static String describe(ControlImplementation c) {
		return c.title() + " | " + c.category() + " | " + c.requirements() + " | gap action " + c.gapActionId()
				+ " | owner " + c.ownerId() + " | due " + c.dueDate();
	}

	static Set<String> documentIds(ControlImplementation c) {
		return c.evidence().stream().map(ControlEvidence::documentId).collect(Collectors.toSet());
	}

}
