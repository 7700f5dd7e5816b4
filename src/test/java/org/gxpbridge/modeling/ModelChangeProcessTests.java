package org.gxpbridge.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.gxpbridge.modeling.ModelChangeModel.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.NewAccount;
import org.gxpbridge.security.Role;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.SignatureView;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ModelChangeProcess end to end over the API (issue 14 item 4): a process owner renames a
 * user task in a draft and submits it; the server validates it; QA reviews it with the
 * diff and signs the approval; the deploy step deploys it with the other current models
 * and the deployment history shows change id, checksum, validation and approver; a fresh
 * instance runs the new version while a running one stays on its own. The author cannot
 * review or approve; a draft changed in SQL after signing is reported and not deployed.
 */
@GxpServerTest
class ModelChangeProcessTests {

	static final String OLD_NAME = "name=\"Revise model draft\"";

	static final String NEW_NAME = "name=\"Revise the model draft\"";

	@Autowired
	ProcessEngine engine;

	@Autowired
	Workflow workflow;

	@Autowired
	Signatures signatures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@BeforeEach
	void setUp() {
		init(engine);
	}

	ProcessInstance instance(String pi) {
		return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).singleResult();
	}

	/**
	 * A valid draft of a form (a label changed), submitted and validated: at QA review.
	 */
	JsonNode submittedFormChange(Http author, String label) {
		String form = author.get("/api/models/FORM/model-change-approval").json().path("content").asText();
		JsonNode draft = author.post("/api/model-drafts", Map.of("kind", "FORM", "key", "model-change-approval",
				"content", form.replace("\"Approval comment\"", "\"" + label + "\"")))
			.json();
		assertThat(draft.path("problems").size()).as(draft.toString()).isZero();
		JsonNode change = submit(author, draft.path("draftId").asText());
		validated(change);
		return change;
	}

	JsonNode submit(Http author, String draftId) {
		Http.Response r = author.post("/api/model-drafts/" + draftId + "/submit",
				Map.of("reason", "clearer step name for process owners"));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	void validated(JsonNode change) {
		ProcessInstance pi = instance(change.path("processInstanceId").asText());
		execute(job(TASK_VALIDATE, pi));
		assertThat(pi).isWaitingAt(TASK_REVIEW);
	}

	void review(String pi, String user, String outcome) {
		String taskId = task(TASK_REVIEW, instance(pi)).getId();
		workflow.runAs(user, () -> {
			engine.getTaskService().claim(taskId, user);
			engine.getTaskService()
				.complete(taskId, Map.of(VAR_REVIEW_OUTCOME, outcome, VAR_REVIEW_COMMENT, "diff read"));
			return null;
		});
	}

	SignatureView approve(String pi) {
		return signatures.sign(new SignRequest(task(TASK_APPROVE, instance(pi)).getId(), "qm", Http.DEMO_PASSWORD,
				"APPROVED", Map.of(VAR_APPROVAL_COMMENT, "approved after review"), null, "127.0.0.1"));
	}

	@Test
	@Verifies({ "P11-10k2", "A11-10", "CHK-24" })
	void aRenamedUserTaskIsReviewedSignedAndDeployedAndOnlyFreshInstancesRunIt() {
		Http owner = Http.as(port, "owner");
		JsonNode running = submittedFormChange(owner, "Approval comment (running)");
		String runningDefinition = instance(running.path("processInstanceId").asText()).getProcessDefinitionId();

		String bpmn = owner.get("/api/models/BPMN/" + PROCESS_KEY).json().path("content").asText();
		assertThat(bpmn).contains(OLD_NAME);
		JsonNode draft = owner
			.post("/api/model-drafts",
					Map.of("kind", "BPMN", "key", PROCESS_KEY, "content", bpmn.replace(OLD_NAME, NEW_NAME)))
			.json();
		String draftId = draft.path("draftId").asText();
		assertThat(draft.path("problems").size()).as(draft.toString()).isZero();
		Http.Response diffResponse = owner.get("/api/model-drafts/" + draftId + "/diff");
		assertThat(diffResponse.status()).as(diffResponse.body()).isEqualTo(200);
		assertThat(diffResponse.json().path("unifiedDiff").asText()).as(diffResponse.body())
			.contains("-", OLD_NAME, "+", NEW_NAME);

		JsonNode change = submit(owner, draftId);
		String pi = change.path("processInstanceId").asText();
		assertThat(change.path("changeId").asText()).startsWith("MC-");
		validated(change);
		var reviewTask = task(TASK_REVIEW, instance(pi));
		assertThat(engine.getTaskService().getVariableLocal(reviewTask.getId(), VAR_DIFF_LINK))
			.isEqualTo("/modeler/drafts/" + draftId + "/diff");
		assertThat((String) engine.getTaskService().getVariableLocal(reviewTask.getId(), VAR_UNIFIED_DIFF))
			.contains(NEW_NAME);

		review(pi, "qm", OUTCOME_APPROVE);
		SignatureView approval = approve(pi);
		assertThat(instance(pi)).isWaitingAt(TASK_DEPLOY);
		execute(job(TASK_DEPLOY, instance(pi)));
		assertThat(instance(pi)).as("ended after deployment").isNull();

		JsonNode latest = Http.as(port, "inspector").get("/api/deployments").json().get(0);
		assertThat(latest.path("changeId").asText()).isEqualTo(change.path("changeId").asText());
		assertThat(latest.path("approvedBy").asText()).isEqualTo("qm");
		assertThat(latest.path("signatureId").asText()).isEqualTo(approval.signatureId());
		assertThat(latest.path("deployedBy").asText()).isEqualTo("owner");
		assertThat(latest.path("checksum").asText()).matches("[0-9a-f]{64}");
		assertThat(latest.path("validation").asText()).startsWith("passed");
		assertThat(owner.get("/api/model-drafts/" + draftId).json().path("status").asText()).isEqualTo("DEPLOYED");
		String deploymentId = latest.path("deploymentId").asText();
		assertThat(engine.getRepositoryService().getDeploymentResourceNames(deploymentId))
			.as("all models travel together")
			.contains("processes/document-approval.bpmn", "dmn/signature-policy.dmn", "forms/model-change-review.form");

		// a fresh instance runs the new version; the running one stays on its own
		JsonNode fresh = submittedFormChange(owner, "Approval comment (fresh)");
		String freshDefinition = instance(fresh.path("processInstanceId").asText()).getProcessDefinitionId();
		assertThat(engine.getRepositoryService().getProcessDefinition(freshDefinition).getDeploymentId())
			.isEqualTo(deploymentId);
		UserTask revise = engine.getRepositoryService()
			.getBpmnModelInstance(freshDefinition)
			.getModelElementById(TASK_REVISE);
		assertThat(revise.getName()).isEqualTo("Revise the model draft");
		assertThat(instance(running.path("processInstanceId").asText()).getProcessDefinitionId())
			.isEqualTo(runningDefinition)
			.isNotEqualTo(freshDefinition);
	}

	@Test
	@Verifies({ "P11-10k2", "A11-10", "CHK-24" })
	void theDraftsAuthorCannotReviewOrApproveTheChange() {
		String both = "mcpo-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.createSeedAccount(new NewAccount(both, "Test " + both, both + "@gxp-bridge.test",
				EnumSet.of(Role.PROCESS_OWNER, Role.QUALITY_MANAGER), Http.DEMO_PASSWORD, null), true, false);
		JsonNode change = submittedFormChange(Http.as(port, both), "Approval comment (own)");
		String pi = change.path("processInstanceId").asText();
		String taskId = task(TASK_REVIEW, instance(pi)).getId();
		assertThatThrownBy(() -> workflow.runAs(both, () -> {
			engine.getTaskService().claim(taskId, both);
			return null;
		})).isInstanceOf(ProcessEngineException.class).hasMessageContaining("may not review or approve");
		assertThat(instance(pi)).isWaitingAt(TASK_REVIEW);
		review(pi, "qm", OUTCOME_APPROVE);
		String approveId = task(TASK_APPROVE, instance(pi)).getId();
		assertThatThrownBy(() -> workflow.runAs(both, () -> {
			engine.getTaskService().claim(approveId, both);
			return null;
		})).isInstanceOf(ProcessEngineException.class).hasMessageContaining("may not review or approve");
	}

	@Test
	@Verifies({ "P11-10k2", "P11-70" })
	void aDraftChangedInSqlAfterSigningIsReportedAndNotDeployed() {
		JsonNode change = submittedFormChange(Http.as(port, "owner"), "Approval comment (tampered)");
		String pi = change.path("processInstanceId").asText();
		String changeId = change.path("changeId").asText();
		review(pi, "qm", OUTCOME_APPROVE);
		SignatureView approval = approve(pi);
		assertThat(signatures.find(approval.signatureId()).recordChangedSinceSigning()).isFalse();

		jdbc.update("update gxp_model_draft_version set content = replace(content, 'tampered', 'changed behind') "
				+ "where draft_id = (select draft_id from gxp_model_change where id = ?)", changeId);
		assertThat(signatures.find(approval.signatureId()).recordChangedSinceSigning()).isTrue();
		assertThat(Http.as(port, "inspector").get("/api/signatures/" + approval.signatureId()).json().toString())
			.contains("\"recordChangedSinceSigning\":true");

		assertThatThrownBy(() -> execute(job(TASK_DEPLOY, instance(pi)))).hasMessageContaining("not deployed");
		assertThat(Http.as(port, "inspector").get("/api/deployments").json().toString()).doesNotContain(changeId);
		assertThat(instance(pi)).isWaitingAt(TASK_DEPLOY);
	}

	@Test
	@Verifies({ "P11-10k2", "A11-10", "CHK-24" })
	void problemsFoundByTheValidationStepGoBackToTheAuthorWhoResubmitsOrWithdraws() {
		Http owner = Http.as(port, "owner");
		String form = owner.get("/api/models/FORM/model-change-review").json().path("content").asText();
		String draftId = owner
			.post("/api/model-drafts", Map.of("kind", "FORM", "key", "model-change-review", "content", form))
			.json()
			.path("draftId")
			.asText();
		JsonNode change = submit(owner, draftId);
		String pi = change.path("processInstanceId").asText();
		// the submission refuses a draft with problems, so the validation step finds some
		// only when the stored version changed since: here in SQL behind the server's
		// back
		jdbc.update("update gxp_model_draft_version set content = replace(content, '\"key\": \"reviewComment\"', "
				+ "'\"key\": \"reviewOutcome\"') where draft_id = ?", draftId);
		execute(job(TASK_VALIDATE, instance(pi)));
		assertThat(instance(pi)).isWaitingAt(TASK_REVISE);
		assertThat(task(TASK_REVISE, instance(pi)).getAssignee()).as("the draft's author").isEqualTo("owner");
		assertThat((String) engine.getRuntimeService().getVariable(pi, VAR_PROBLEMS)).contains("unique-key");
		String taskId = task(TASK_REVISE, instance(pi)).getId();
		workflow.runAs("owner", () -> {
			engine.getTaskService().complete(taskId, Map.of(VAR_REVISION_OUTCOME, REVISION_WITHDRAW));
			return null;
		});
		assertThat(instance(pi)).isNull();
		assertThat(owner.get("/api/model-drafts/" + draftId).json().path("status").asText()).isEqualTo("WITHDRAWN");
	}

}
