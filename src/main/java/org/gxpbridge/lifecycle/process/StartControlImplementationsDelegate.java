package org.gxpbridge.lifecycle.process;

import static org.gxpbridge.lifecycle.ComplianceLifecycleModel.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gxpbridge.controls.ControlCategory;
import org.gxpbridge.controls.ControlImplementationModel;
import org.gxpbridge.gap.ActionStatus;
import org.gxpbridge.gap.GapAction;
import org.gxpbridge.gap.GapActions;
import org.gxpbridge.lifecycle.Programme;
import org.gxpbridge.lifecycle.Programmes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Task_StartControlImplementations (step 4): one ControlImplementationProcess under the
 * programme's business key for every open action of the gap report approved in step 2,
 * planned against the action's requirement, owned by the action's owner (the programme's
 * owner where the action names none) and due when the action is due (or
 * {@code gxp.lifecycle.control-due-days} from today where that date has passed). Each
 * plan goes through the control module's own checks; the programme records which
 * implementations it started and waits until all are effective.
 */
@Component("startProgrammeControlsDelegate")
class StartControlImplementationsDelegate implements JavaDelegate {

	private final RuntimeService runtime;

	private final GapActions gapActions;

	private final Programmes programmes;

	private final Clock clock;

	private final int dueDays;

	StartControlImplementationsDelegate(RuntimeService runtime, GapActions gapActions, Programmes programmes,
			Clock clock, @Value("${gxp.lifecycle.control-due-days:90}") int dueDays) {
		this.runtime = runtime;
		this.gapActions = gapActions;
		this.programmes = programmes;
		this.clock = clock;
		this.dueDays = dueDays;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Programme p = programmes.get(execution.getProcessBusinessKey());
		String assessmentId = (String) execution.getVariable(VAR_GAP_ASSESSMENT_ID);
		Object version = execution.getVariable(VAR_GAP_ASSESSMENT_VERSION);
		List<GapAction> open = assessmentId == null || version == null ? List.of()
				: gapActions.ofAssessment(assessmentId, ((Number) version).intValue())
					.stream()
					.filter(a -> a.status() == ActionStatus.OPEN)
					.toList();
		LocalDate earliest = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
		int started = 0;
		for (GapAction a : open) {
			Map<String, Object> plan = new HashMap<>();
			plan.put(ControlImplementationModel.VAR_TITLE, title(a));
			plan.put(ControlImplementationModel.VAR_CATEGORY, ControlCategory.OTHER.name());
			plan.put(ControlImplementationModel.VAR_REQUIREMENTS, a.frameworkId() + "/" + a.requirementId());
			plan.put(ControlImplementationModel.VAR_GAP_ACTION, a.id());
			plan.put(ControlImplementationModel.VAR_OWNER, a.ownerId() != null ? a.ownerId() : p.ownerId());
			LocalDate due = a.dueDate() != null && !a.dueDate().isBefore(earliest) ? a.dueDate()
					: earliest.plusDays(dueDays);
			plan.put(ControlImplementationModel.VAR_DUE_DATE, due.toString());
			ProcessInstance control = runtime.startProcessInstanceByKey(ControlImplementationModel.PROCESS_KEY, p.id(),
					plan);
			String implementationId = (String) runtime.getVariable(control.getId(),
					ControlImplementationModel.VAR_IMPLEMENTATION_ID);
			programmes.controlStarted(p.id(), implementationId, control.getId());
			started++;
		}
		execution.setVariable(VAR_CONTROL_COUNT, started);
	}

	private static String title(GapAction a) {
		String text = a.description() == null || a.description().isBlank() ? a.requirementId() : a.description();
		return text.length() > 280 ? text.substring(0, 280) : text;
	}

}
