package org.gxpbridge.lifecycle;

import static org.gxpbridge.lifecycle.ComplianceLifecycleModel.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.gxpbridge.controls.ControlImplementationModel;
import org.gxpbridge.gap.GapAnalysisModel;
import org.gxpbridge.lifecycle.ProgrammeStep.StepRecord;
import org.gxpbridge.lifecycle.internal.ProgrammeStore;
import org.gxpbridge.risk.RiskAssessmentModel;
import org.springframework.stereotype.Component;

/**
 * Where each step of a programme's current cycle stands, read from engine history (the
 * activities of the umbrella instance since the cycle opened, and the instances they
 * called) and the programme's own table (the control implementations it started): facts,
 * not variables.
 */
@Component
class ProgrammeSteps {

	/** Step number, name, process key, the umbrella activity that begins and ends it. */
	private record Definition(int number, String name, String processKey, String begins, String ends) {
	}

	private static final List<Definition> STEPS = List.of(
			new Definition(1, "Regulation review", "RegulationReviewProcess", STEP_REGULATION_REVIEW,
					STEP_REGULATION_REVIEW),
			new Definition(2, "Gap analysis", GapAnalysisModel.PROCESS_KEY, STEP_GAP_ANALYSIS, STEP_GAP_ANALYSIS),
			new Definition(3, "Risk management", RiskAssessmentModel.PROCESS_KEY, TASK_START_RISK_ASSESSMENT,
					EVENT_RISK_REGISTER_RELEASED),
			new Definition(4, "Controls and procedures", ControlImplementationModel.PROCESS_KEY, TASK_START_CONTROLS,
					GATEWAY_CONTROLS_DONE),
			new Definition(5, "Monitoring and auditing", "AccessReviewProcess", STEP_ACCESS_REVIEW, STEP_ACCESS_REVIEW),
			new Definition(6, "Continuous improvement", "ManagementReviewProcess", STEP_MANAGEMENT_REVIEW,
					STEP_MANAGEMENT_REVIEW));

	private final HistoryService history;

	private final TaskService tasks;

	private final ProgrammeStore store;

	ProgrammeSteps(HistoryService history, TaskService tasks, ProgrammeStore store) {
		this.history = history;
		this.tasks = tasks;
		this.store = store;
	}

	List<ProgrammeStep> of(Programme p) {
		List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
			.processInstanceId(p.processInstanceId())
			.orderByHistoricActivityInstanceStartTime()
			.asc()
			.orderPartiallyByOccurrence()
			.asc()
			.list();
		// the current cycle is the running instance of the cycle sub-process (or the last
		// one, once the programme is retired); its steps are its children. Not by time:
		// a clock set back must not mix cycles.
		HistoricActivityInstance current = null;
		for (HistoricActivityInstance a : activities) {
			if (ACTIVITY_CYCLE.equals(a.getActivityId()) && (current == null || a.getEndTime() == null
					|| current.getEndTime() != null && !a.getStartTime().before(current.getStartTime()))) {
				current = a;
			}
		}
		String cycleId = current == null ? null : current.getId();
		List<HistoricActivityInstance> cycle = activities.stream()
			.filter(a -> cycleId != null && cycleId.equals(a.getParentActivityInstanceId()))
			.toList();
		List<ProgrammeStep> result = new ArrayList<>();
		for (Definition d : STEPS) {
			HistoricActivityInstance begin = last(cycle, d.begins());
			HistoricActivityInstance end = last(cycle, d.ends());
			String state = begin == null ? ProgrammeStep.NOT_STARTED
					: end != null && end.getEndTime() != null && !end.isCanceled() ? ProgrammeStep.DONE
							: ProgrammeStep.IN_PROGRESS;
			result.add(new ProgrammeStep(d.number(), d.name(), d.processKey(), state,
					begin == null ? null : begin.getStartTime().toInstant(),
					ProgrammeStep.DONE.equals(state) ? end.getEndTime().toInstant() : null, records(p, d, begin)));
		}
		return result;
	}

	private List<StepRecord> records(Programme p, Definition d, HistoricActivityInstance begin) {
		if (begin == null) {
			return List.of();
		}
		List<StepRecord> records = new ArrayList<>();
		if (begin.getCalledProcessInstanceId() != null) {
			records.add(record(begin.getCalledProcessInstanceId(), null));
		}
		else if (d.number() == 3) {
			String pi = variable(p.processInstanceId(), VAR_RISK_INSTANCE_ID);
			if (pi != null) {
				records.add(record(pi, variable(p.processInstanceId(), VAR_RISK_REGISTER_ID)));
			}
		}
		else if (d.number() == 4) {
			for (String[] c : store.controls(p.id(), p.cycle())) {
				records.add(record(c[1], c[0]));
			}
		}
		return records;
	}

	private StepRecord record(String processInstanceId, String recordId) {
		HistoricProcessInstance hpi = history.createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult();
		List<String> open = tasks.createTaskQuery()
			.processInstanceId(processInstanceId)
			.list()
			.stream()
			.map(Task::getName)
			.toList();
		return new StepRecord(processInstanceId, recordId, hpi != null && hpi.getEndTime() != null, open);
	}

	private String variable(String processInstanceId, String name) {
		HistoricVariableInstance v = history.createHistoricVariableInstanceQuery()
			.processInstanceId(processInstanceId)
			.variableName(name)
			.singleResult();
		return v == null || v.getValue() == null ? null : v.getValue().toString();
	}

	private static HistoricActivityInstance last(List<HistoricActivityInstance> activities, String activityId) {
		HistoricActivityInstance found = null;
		for (HistoricActivityInstance a : activities) {
			if (activityId.equals(a.getActivityId())) {
				found = a;
			}
		}
		return found;
	}

}
