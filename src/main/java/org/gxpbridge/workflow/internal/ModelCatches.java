package org.gxpbridge.workflow.internal;

import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.bpmn.parser.ErrorEventDefinition;
import org.camunda.bpm.engine.impl.bpmn.parser.EscalationEventDefinition;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;

/**
 * Whether the diagram catches a BPMN error or escalation thrown from a user task: a
 * boundary event on the task or on an enclosing sub-process, or an event sub-process of
 * an enclosing scope. Uncaught, the engine would end the path silently — a record leaving
 * its validated route.
 */
final class ModelCatches {

	private ModelCatches() {
	}

	static boolean error(TaskEntity task, String errorCode) {
		for (ScopeImpl scope = activityOf(task); scope != null; scope = parentOf(scope)) {
			List<ErrorEventDefinition> definitions = scope.getProperties().get(BpmnProperties.ERROR_EVENT_DEFINITIONS);
			if (definitions.stream().anyMatch(d -> d.catchesError(errorCode))) {
				return true;
			}
		}
		return false;
	}

	static boolean escalation(TaskEntity task, String escalationCode) {
		for (ScopeImpl scope = activityOf(task); scope != null; scope = parentOf(scope)) {
			List<EscalationEventDefinition> definitions = scope.getProperties()
				.get(BpmnProperties.ESCALATION_EVENT_DEFINITIONS);
			if (definitions.stream()
				.anyMatch(d -> d.getEscalationCode() == null || d.getEscalationCode().equals(escalationCode))) {
				return true;
			}
		}
		return false;
	}

	private static ScopeImpl activityOf(TaskEntity task) {
		return task.getExecution() == null ? null : task.getExecution().getActivity();
	}

	private static ScopeImpl parentOf(ScopeImpl scope) {
		return scope instanceof ActivityImpl activity ? activity.getFlowScope() : null;
	}

}
