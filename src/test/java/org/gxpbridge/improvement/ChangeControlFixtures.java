package org.gxpbridge.improvement;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.gxpbridge.improvement.ChangeControlModel.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gxpbridge.controls.ControlledDocuments;
import org.gxpbridge.controls.DocumentApprovalModel;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.documents.NewDocument;
import org.gxpbridge.risk.Risk;
import org.gxpbridge.risk.RiskInput;
import org.gxpbridge.risk.RiskRegister;
import org.gxpbridge.shared.Sha256;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.SignatureView;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.Http;
import org.gxpbridge.workflow.Workflow;

/**
 * What the change control tests share: a risk in the register, an effective controlled
 * document, and the steps of ChangeControlProcess worked as the people who work them.
 */
record ChangeControlFixtures(ProcessEngine engine, Workflow workflow, ChangeRequests requests,
		RiskRegister riskRegister, ControlledDocuments register, Documents documents, Signatures signatures) {

	static final byte[] ARTIFACT = "firmware 2.4.1 build 7781".getBytes(StandardCharsets.UTF_8);

	static final String ARTIFACT_SHA256 = Sha256.hex(ARTIFACT);

	/** A safety risk, unacceptable as entered (severity 5, probability 5). */
	Risk risk() {
		String registerId = riskRegister.open("Infusion pump risks " + UUID.randomUUID(), "qm", null).id();
		return riskRegister.addRisk(registerId,
				RiskInput.safety("Over-infusion", "dose error", "wrong rate", "serious injury", 5, 5), "qm");
	}

	/** An effective SOP at version 1. */
	String document() {
		String number = "SOP-CC-" + UUID.randomUUID().toString().substring(0, 8);
		register.makeEffective(number, "1", "Software release procedure", "owner", "pi-" + number);
		return number;
	}

	NewChangeRequest request(String title, List<String> risks, List<String> documents) {
		return new NewChangeRequest("PATCH", title, "Install firmware 2.4.1 on the infusion pump fleet",
				"CVE fix from the vendor", risks, documents, ARTIFACT_SHA256);
	}

	ProcessInstance instance(ChangeRequest c) {
		return engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(c.processInstanceId())
			.singleResult();
	}

	void complete(String user, String taskId, Map<String, Object> variables) {
		workflow.runAs(user, () -> {
			engine.getTaskService().claim(taskId, user);
			engine.getTaskService().complete(taskId, variables);
			return null;
		});
	}

	void assess(ChangeRequest c, String user) {
		complete(user, task(TASK_ASSESS, instance(c)).getId(),
				Map.of(VAR_IMPACT_VALIDATION, "firmware revalidation by IQ/OQ", VAR_IMPACT_PATIENT_SAFETY,
						"none once verified", VAR_IMPACT_DATA_INTEGRITY, "no change to records"));
	}

	SignatureView approve(ChangeRequest c, String user, String outcome) {
		return signatures.sign(new SignRequest(task(TASK_APPROVE, instance(c)).getId(), user, Http.DEMO_PASSWORD,
				"APPROVED", Map.of(VAR_APPROVAL_OUTCOME, outcome, VAR_APPROVAL_COMMENT, "impact understood"), null,
				"127.0.0.1"));
	}

	void release(ChangeRequest c) {
		assertThat(instance(c)).isWaitingAt(TASK_RELEASE);
		execute(job(TASK_RELEASE, instance(c)));
	}

	/** The implementer attaches the installed file and completes the step. */
	void implement(ChangeRequest c, String user, String fileName, byte[] bytes) {
		attach(c, user, fileName, bytes);
		complete(user, task(TASK_IMPLEMENT, instance(c)).getId(), Map.of(VAR_IMPLEMENTATION_NOTE, "installed"));
	}

	void attach(ChangeRequest c, String user, String fileName, byte[] bytes) {
		String taskId = task(TASK_IMPLEMENT, instance(c)).getId();
		String documentId = documents
			.upload(new NewDocument(fileName, bytes, "Installed " + fileName, null, null), user)
			.id();
		documents.attach(documentId, c.processInstanceId(), taskId, user);
	}

	void checkArtifact(ChangeRequest c) {
		assertThat(instance(c)).isWaitingAt(TASK_VERIFY_ARTIFACT);
		execute(job(TASK_VERIFY_ARTIFACT, instance(c)));
	}

	void verify(ChangeRequest c, String user, boolean passed, String comment) {
		complete(user, task(TASK_VERIFY, instance(c)).getId(),
				Map.of(VAR_VERIFICATION_PASSED, String.valueOf(passed), VAR_VERIFICATION_COMMENT, comment));
	}

	/** Review and approval of a document revision the change started, then effective. */
	void reviseDocument(String revisionProcessInstanceId) {
		ProcessInstance pi = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(revisionProcessInstanceId)
			.singleResult();
		signatures
			.sign(new SignRequest(task(DocumentApprovalModel.TASK_REVIEW, pi).getId(), "reviewer", Http.DEMO_PASSWORD,
					"REVIEWED", Map.of(DocumentApprovalModel.VAR_REVIEW_OUTCOME, DocumentApprovalModel.REVIEW_ACCEPTED),
					null, "127.0.0.1"));
		signatures.sign(new SignRequest(task(DocumentApprovalModel.TASK_APPROVE, pi).getId(), "qm", Http.DEMO_PASSWORD,
				"APPROVED", Map.of(DocumentApprovalModel.VAR_APPROVAL_OUTCOME, DocumentApprovalModel.APPROVAL_APPROVED),
				null, "127.0.0.1"));
		execute(job(DocumentApprovalModel.TASK_MAKE_EFFECTIVE, pi));
	}

}
