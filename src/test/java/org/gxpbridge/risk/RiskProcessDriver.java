package org.gxpbridge.risk;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.gxpbridge.risk.RiskAssessmentModel.*;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.SignatureView;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.Http;
import org.gxpbridge.workflow.Workflow;

/**
 * Walks RiskAssessmentProcess as its users do: starts it through the workflow facade,
 * completes steps as a candidate (signing steps only through a signature).
 */
record RiskProcessDriver(ProcessEngine engine, Workflow workflow, Signatures signatures, RiskRegister register) {

	ProcessInstance start(String user, String title) {
		String id = workflow.start(PROCESS_KEY, null, Map.of(VAR_REGISTER_TITLE, title), user).processInstanceId();
		return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
	}

	String registerId(ProcessInstance pi) {
		return register.registerOf(pi.getId()).orElseThrow();
	}

	void complete(String user, ProcessInstance pi, String taskKey, Map<String, Object> variables) {
		assertThat(pi).isWaitingAt(taskKey);
		String taskId = task(taskKey, pi).getId();
		workflow.runAs(user, () -> {
			engine.getTaskService().claim(taskId, user);
			engine.getTaskService().complete(taskId, variables);
			return null;
		});
	}

	void plan(String user, ProcessInstance pi, boolean euMarket) {
		complete(user, pi, TASK_PLAN,
				Map.of(VAR_SCOPE, "Pump controller software 2.x, design to post-market", VAR_INTENDED_USE,
						"Controls infusion rate in hospital wards", VAR_CRITERIA_REF, "POL-RM-001 v3", VAR_EU_MARKET,
						euMarket));
	}

	void classify(String user, ProcessInstance pi) {
		complete(user, pi, TASK_CLASSIFY, Map.of(VAR_CAN_CONTRIBUTE, true, VAR_UNACCEPTABLE_AFTER_EXTERNAL, true,
				VAR_WORST_HARM, "serious injury"));
	}

	void conclude(String user, ProcessInstance pi) {
		complete(user, pi, TASK_CONCLUDE,
				Map.of(VAR_BENEFIT_RISK, "Residual risks are outweighed by the clinical benefit of accurate dosing"));
	}

	SignatureView approve(String user, ProcessInstance pi, String outcome) {
		assertThat(pi).isWaitingAt(TASK_APPROVE);
		return signatures.sign(new SignRequest(task(TASK_APPROVE, pi).getId(), user, Http.DEMO_PASSWORD,
				RELEASE_MEANING, Map.of(VAR_APPROVAL_OUTCOME, outcome), null, "127.0.0.1"));
	}

	/** Runs the one job of the instance now (async step or timer). */
	void runJob(ProcessInstance pi) {
		Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
		engine.getManagementService().executeJob(job.getId());
	}

}
