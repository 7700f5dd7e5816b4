package org.gxpbridge.regulationreview;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.gxpbridge.regulationreview.RegulationReviewModel.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gxpbridge.regulation.ApplicabilityRegister;
import org.gxpbridge.regulation.ApplicableFramework;
import org.gxpbridge.regulation.RegisterVersion;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.SignatureView;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.Http;
import org.gxpbridge.workflow.Workflow;

/**
 * Walks RegulationReviewProcess for tests: starts it as the quality manager, completes
 * plain steps through the engine as the user and signing steps through
 * {@link Signatures#sign}. The register is one per server and allows one open version, so
 * {@link #closeOpenVersions()} withdraws what an earlier test left open. Public so that
 * later lifecycle steps' tests can start from an approved register ({@link #approved}).
 */
public record RegisterWalk(ProcessEngine engine, Workflow workflow, Signatures signatures,
		ApplicabilityRegister register) {

	public static final String QM = "qm";

	public ProcessInstance start(String intakeDocumentId, String reason) {
		Map<String, Object> vars = new HashMap<>();
		if (intakeDocumentId != null) {
			vars.put(VAR_INTAKE_DOCUMENT_ID, intakeDocumentId);
		}
		if (reason != null) {
			vars.put(VAR_CHANGE_REASON, reason);
		}
		String id = workflow.start(PROCESS_KEY, null, vars, QM).processInstanceId();
		return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
	}

	/** A reason is needed once any version was approved; tests give one always. */
	public ProcessInstance startRevision() {
		return start(null, register.current().isPresent() ? "yearly review of the register" : null);
	}

	public int version(ProcessInstance pi) {
		return register.forProcessInstance(pi.getId()).map(RegisterVersion::version).orElseThrow();
	}

	public void entry(ProcessInstance pi, String frameworkId, boolean applicable) {
		register.saveEntry(version(pi),
				new ApplicableFramework(frameworkId, applicable, "products are in scope of " + frameworkId,
						"QUALITY_MANAGER", "Compliance officer", "IT_SECURITY", "PROCESS_OWNER"),
				QM, register.current().isPresent() ? "scope changed" : null);
	}

	public void complete(String user, ProcessInstance pi, String taskKey, Map<String, Object> variables) {
		assertThat(pi).isWaitingAt(taskKey);
		String taskId = task(taskKey, pi).getId();
		workflow.runAs(user, () -> {
			engine.getTaskService().claim(taskId, user);
			engine.getTaskService().complete(taskId, variables);
			return null;
		});
	}

	public SignatureView sign(String user, ProcessInstance pi, String taskKey, Map<String, Object> variables) {
		assertThat(pi).isWaitingAt(taskKey);
		String meaning = TASK_REVIEW.equals(taskKey) ? "REVIEWED" : "APPROVED";
		return signatures.sign(new SignRequest(task(taskKey, pi).getId(), user, Http.DEMO_PASSWORD, meaning, variables,
				null, "127.0.0.1"));
	}

	public void submit(ProcessInstance pi) {
		complete(QM, pi, TASK_PROPOSE, Map.of(VAR_PROPOSAL_OUTCOME, PROPOSAL_SUBMITTED));
	}

	public void reviewAndApprove(ProcessInstance pi) {
		sign("reviewer", pi, TASK_REVIEW, Map.of(VAR_REVIEW_OUTCOME, REVIEW_ACCEPTED));
		sign("approver", pi, TASK_APPROVE, Map.of(VAR_APPROVAL_OUTCOME, APPROVAL_APPROVED));
	}

	/** The release job of the instance (asyncBefore). */
	public void release(ProcessInstance pi) {
		var job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
		engine.getManagementService().executeJob(job.getId());
	}

	/** A whole approved version with these applicable frameworks. */
	public RegisterVersion approved(String... frameworkIds) {
		ProcessInstance pi = startRevision();
		for (String id : frameworkIds) {
			entry(pi, id, true);
		}
		submit(pi);
		reviewAndApprove(pi);
		release(pi);
		return register.forProcessInstance(pi.getId()).orElseThrow();
	}

	public void closeOpenVersions() {
		for (RegisterVersion v : register.versions()) {
			if (RegisterVersion.DRAFT.equals(v.status()) || RegisterVersion.IN_REVIEW.equals(v.status())) {
				register.withdraw(v.version(), "system", "left open by an earlier test");
				if (v.processInstanceId() != null && engine.getRuntimeService()
					.createProcessInstanceQuery()
					.processInstanceId(v.processInstanceId())
					.count() > 0) {
					engine.getRuntimeService().deleteProcessInstance(v.processInstanceId(), "test clean-up");
				}
			}
		}
	}

}
