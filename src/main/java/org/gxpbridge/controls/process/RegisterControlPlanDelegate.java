package org.gxpbridge.controls.process;

import static org.gxpbridge.controls.ControlImplementationModel.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.controls.ControlImplementation;
import org.gxpbridge.controls.ControlImplementations;
import org.gxpbridge.controls.NewControlPlan;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterControlPlan: the plan of the start form becomes the control implementation
 * record, bound to this instance in the module's table (what the signature covers). Runs
 * inside the start command, so a refused plan stores nothing and answers 400.
 */
@Component("registerControlPlanDelegate")
class RegisterControlPlanDelegate implements JavaDelegate {

	private final ControlImplementations implementations;

	RegisterControlPlanDelegate(ControlImplementations implementations) {
		this.implementations = implementations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		NewControlPlan plan = new NewControlPlan(text(execution, VAR_TITLE), text(execution, VAR_CATEGORY),
				List.of(String.valueOf(execution.getVariable(VAR_REQUIREMENTS))), text(execution, VAR_GAP_ACTION),
				text(execution, VAR_OWNER), date(text(execution, VAR_DUE_DATE)));
		// the planner is who the engine starts the instance for (its start user), not a
		// variable; engine history holds it only once the start command has flushed
		String planner = Objects.requireNonNullElse(Actor.current(execution), "system");
		ControlImplementation c = implementations.plan(plan, execution.getProcessInstanceId(), planner);
		execution.setVariable(VAR_IMPLEMENTATION_ID, c.id());
		execution.setVariable(VAR_OWNER, c.ownerId());
	}

	private static String text(DelegateExecution execution, String name) {
		return execution.getVariable(name) instanceof String s && !s.isBlank() ? s.strip() : null;
	}

	static LocalDate date(String text) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("invalid_due_date", "Due date '" + text + "' is not a date (yyyy-mm-dd)");
		}
	}

}
