package org.gxpbridge.monitoring;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.SignatureView;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.Http;
import org.gxpbridge.workflow.Workflow;

/**
 * Working the monitoring processes' steps as a user would, through the engine's own
 * checks.
 */
record ProcessSteps(ProcessEngine engine, Workflow workflow, Signatures signatures) {

	ProcessInstance instance(String processInstanceId) {
		return engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult();
	}

	List<Task> tasks(ProcessInstance pi, String taskKey) {
		return engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(pi.getId())
			.taskDefinitionKey(taskKey)
			.list();
	}

	Task task(ProcessInstance pi, String taskKey) {
		assertThat(pi).isWaitingAt(taskKey);
		List<Task> open = tasks(pi, taskKey);
		return open.get(0);
	}

	/** Claims (when unassigned) and completes the task as the user. */
	void complete(String user, Task task, Map<String, Object> variables) {
		workflow.runAs(user, () -> {
			if (task.getAssignee() == null) {
				engine.getTaskService().claim(task.getId(), user);
			}
			engine.getTaskService().complete(task.getId(), variables);
			return null;
		});
	}

	void complete(String user, ProcessInstance pi, String taskKey, Map<String, Object> variables) {
		complete(user, task(pi, taskKey), variables);
	}

	SignatureView sign(String user, ProcessInstance pi, String taskKey, String meaning, Map<String, Object> variables) {
		return signatures.sign(new SignRequest(task(pi, taskKey).getId(), user, Http.DEMO_PASSWORD, meaning, variables,
				null, "127.0.0.1"));
	}

}
