package org.gxpbridge.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.gxpbridge.controls.DocumentApprovalModel.*;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.ProcessStarted;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of DocumentApprovalProcess, started through the workflow facade as its
 * author (P11-10f: order of steps).
 */
@GxpServerTest
@Verifies({ "P11-10f", "URS-25" })
class DocumentApprovalProcessTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	Workflow workflow;

	@Autowired
	ControlledDocuments register;

	@Autowired
	Signatures signatures;

	@Autowired
	JdbcTemplate jdbc;

	String number;

	@BeforeEach
	void setUp() {
		init(engine);
		number = "SOP-" + UUID.randomUUID().toString().substring(0, 8);
	}

	ProcessInstance submit() {
		ProcessStarted started = workflow.start(PROCESS_KEY, number, Map.of(VAR_DOCUMENT_NUMBER, number, VAR_TITLE,
				"Deviation handling", VAR_VERSION, "1.0", VAR_CHANGE_SUMMARY, "first issue"), "owner");
		return engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(started.processInstanceId())
			.singleResult();
	}

	/**
	 * Review and approval are signing steps (they complete only through a signature);
	 * revision completes plainly.
	 */
	void completeAs(String user, ProcessInstance pi, String taskKey, Map<String, Object> variables) {
		assertThat(pi).isWaitingAt(taskKey);
		String taskId = task(taskKey, pi).getId();
		String meaning = TASK_REVIEW.equals(taskKey) ? "REVIEWED" : TASK_APPROVE.equals(taskKey) ? "APPROVED" : null;
		if (meaning != null) {
			signatures.sign(new SignRequest(taskId, user, Http.DEMO_PASSWORD, meaning, variables, null, "127.0.0.1"));
			return;
		}
		workflow.runAs(user, () -> {
			engine.getTaskService().claim(taskId, user);
			engine.getTaskService().complete(taskId, variables);
			return null;
		});
	}

	@Test
	void formsAreDeployedWithTheProcessAndResolvable() {
		var definition = engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey(PROCESS_KEY)
			.latestVersion()
			.singleResult();
		assertThat(engine.getRepositoryService().getDeploymentResourceNames(definition.getDeploymentId())).contains(
				"processes/document-approval.bpmn", "forms/document-submission.form", "forms/document-review.form",
				"forms/document-approval.form", "forms/document-revision.form");
		ProcessInstance pi = submit();
		assertThat(engine.getFormService().getTaskFormData(task(TASK_REVIEW, pi).getId()).getCamundaFormRef().getKey())
			.isEqualTo("document-review");
	}

	@Test
	void acceptedAndApprovedDocumentBecomesEffective() {
		ProcessInstance pi = submit();
		assertThat(pi).isStarted().variables().containsEntry(VAR_AUTHOR, "owner");
		assertThat(task(TASK_REVIEW, pi)).hasCandidateGroup("REVIEWER").hasCandidateGroup("QUALITY_MANAGER");
		completeAs("reviewer", pi, TASK_REVIEW, Map.of(VAR_REVIEW_OUTCOME, REVIEW_ACCEPTED));
		assertThat(task(TASK_APPROVE, pi)).hasCandidateGroup("APPROVER");
		completeAs("approver", pi, TASK_APPROVE, Map.of(VAR_APPROVAL_OUTCOME, APPROVAL_APPROVED));
		assertThat(pi).isWaitingAt(TASK_MAKE_EFFECTIVE);
		execute(job());
		assertThat(pi)
			.hasPassedInOrder(TASK_REGISTER_DRAFT, TASK_REVIEW, TASK_APPROVE, TASK_MAKE_EFFECTIVE, TASK_START_TRAINING)
			.as("effective, its training started, waiting for its periodic review")
			.isWaitingAt(TIMER_PERIODIC_REVIEW);
		assertThat(register.all()).anySatisfy(d -> {
			assertThat(d.documentNumber()).isEqualTo(number);
			assertThat(d.status()).isEqualTo("EFFECTIVE");
			assertThat(d.processInstanceId()).isEqualTo(pi.getId());
			assertThat(d.authorId()).isEqualTo("owner");
		});
	}

	@Test
	void changesRequestedGoBackToTheAuthorAndThroughReviewAgain() {
		ProcessInstance pi = submit();
		completeAs("reviewer", pi, TASK_REVIEW,
				Map.of(VAR_REVIEW_OUTCOME, REVIEW_CHANGES_REQUESTED, VAR_REVIEW_COMMENT, "fix section 4"));
		assertThat(task(TASK_REVISE, pi)).isAssignedTo("owner");
		completeAs("owner", pi, TASK_REVISE, Map.of(VAR_VERSION, "1.1", VAR_CHANGE_SUMMARY, "section 4 fixed"));
		completeAs("qm", pi, TASK_REVIEW, Map.of(VAR_REVIEW_OUTCOME, REVIEW_ACCEPTED));
		completeAs("approver", pi, TASK_APPROVE, Map.of(VAR_APPROVAL_OUTCOME, APPROVAL_APPROVED));
		execute(job());
		assertThat(pi).hasPassed(TASK_REVISE, TASK_MAKE_EFFECTIVE)
			.isWaitingAt(TIMER_PERIODIC_REVIEW)
			.variables()
			.containsEntry(VAR_VERSION, "1.1");
		assertThat(register.get(number, "1.1").status()).isEqualTo("EFFECTIVE");
	}

	@Test
	void rejectedReviewEndsWithoutEffect() {
		ProcessInstance pi = submit();
		completeAs("reviewer", pi, TASK_REVIEW, Map.of(VAR_REVIEW_OUTCOME, REVIEW_REJECTED));
		assertThat(pi).isEnded().hasPassed(END_REJECTED).hasNotPassed(TASK_APPROVE, TASK_MAKE_EFFECTIVE);
		assertThat(register.all()).noneMatch(d -> d.documentNumber().equals(number));
	}

	@Test
	void rejectedApprovalEndsWithoutEffect() {
		ProcessInstance pi = submit();
		completeAs("reviewer", pi, TASK_REVIEW, Map.of(VAR_REVIEW_OUTCOME, REVIEW_ACCEPTED));
		completeAs("qm", pi, TASK_APPROVE, Map.of(VAR_APPROVAL_OUTCOME, APPROVAL_REJECTED));
		assertThat(pi).isEnded().hasPassed(END_REJECTED).hasNotPassed(TASK_MAKE_EFFECTIVE);
	}

	@Test
	@Verifies({ "P11-10g", "CHK-15" })
	void onlyCandidatesMayClaimOrCompleteSteps_CHK15() {
		ProcessInstance pi = submit();
		String reviewTask = task(TASK_REVIEW, pi).getId();
		assertThatThrownBy(() -> workflow.runAs("itsec", () -> {
			engine.getTaskService().claim(reviewTask, "itsec");
			return null;
		})).isInstanceOf(AuthorizationException.class).hasMessageContaining("TASK_WORK"); // the
																							// engine's
																							// authorization
		assertThat(pi).isWaitingAt(TASK_REVIEW);
		completeAs("reviewer", pi, TASK_REVIEW, Map.of(VAR_REVIEW_OUTCOME, REVIEW_CHANGES_REQUESTED));
		String reviseTask = task(TASK_REVISE, pi).getId();
		assertThatThrownBy(() -> workflow.runAs("admin", () -> {
			engine.getTaskService().complete(reviseTask, Map.of(VAR_VERSION, "1.1"));
			return null;
		})).isInstanceOf(AuthorizationException.class).hasMessageContaining("TASK_WORK");
		assertThatThrownBy(() -> workflow.runAs("qm", () -> {
			engine.getTaskService().complete(reviseTask, Map.of(VAR_VERSION, "1.1"));
			return null;
		})).rootCause().hasMessageContaining("assigned to 'owner'");
		assertThat(pi).isWaitingAt(TASK_REVISE);
	}

	@Test
	void anEffectiveVersionCannotBeMadeEffectiveTwice() {
		register.makeEffective(number, "1.0", "Deviation handling", "owner", "earlier-instance");
		ProcessInstance pi = submit();
		completeAs("reviewer", pi, TASK_REVIEW, Map.of(VAR_REVIEW_OUTCOME, REVIEW_ACCEPTED));
		completeAs("approver", pi, TASK_APPROVE, Map.of(VAR_APPROVAL_OUTCOME, APPROVAL_APPROVED));
		assertThatThrownBy(() -> execute(job())).hasMessageContaining("already effective");
		assertThat(pi).as("the approval is kept; the failed step waits as a job with retries")
			.isWaitingAt(TASK_MAKE_EFFECTIVE);
	}

	@Test
	@Verifies({ "P11-70", "A11-14", "CHK-07" })
	void makeEffectiveRefusesWhenRecordChangedAfterSigning() {
		// DESIGN.md §6, P11-70: documentVersion changed after approval, before the async
		// job runs: no release
		ProcessInstance pi = submit();
		completeAs("reviewer", pi, TASK_REVIEW, Map.of(VAR_REVIEW_OUTCOME, REVIEW_ACCEPTED));
		completeAs("approver", pi, TASK_APPROVE, Map.of(VAR_APPROVAL_OUTCOME, APPROVAL_APPROVED));
		engine.getRuntimeService().setVariable(pi.getId(), VAR_VERSION, "2.0");

		assertThatThrownBy(() -> execute(job())).hasMessageContaining("not made effective")
			.hasMessageContaining("recordChangedSinceSigning");

		assertThat(pi).as("the job waits with retries, then an incident; the document stays non-effective")
			.isWaitingAt(TASK_MAKE_EFFECTIVE);
		assertThat(register.all()).noneMatch(d -> d.processInstanceId().equals(pi.getId()));
		assertThat(signatures.forProcessInstance(pi.getId())).extracting(v -> v.recordChangedSinceSigning())
			.containsOnly(true);
		engine.getRuntimeService().setVariable(pi.getId(), VAR_VERSION, "1.0");
		execute(job());
		assertThat(pi).as("with the signed record restored the release goes through")
			.hasPassed(TASK_MAKE_EFFECTIVE)
			.isWaitingAt(TIMER_PERIODIC_REVIEW);
	}

	@Test
	void theRegisterNamesTheInitiatorNotTheAuthorVariable() {
		// DESIGN.md §5 facts, not claims: 'author' is only a variable; the register takes
		// the engine's start user
		ProcessInstance pi = submit();
		completeAs("reviewer", pi, TASK_REVIEW, Map.of(VAR_REVIEW_OUTCOME, REVIEW_ACCEPTED));
		completeAs("approver", pi, TASK_APPROVE, Map.of(VAR_APPROVAL_OUTCOME, APPROVAL_APPROVED));
		engine.getRuntimeService().setVariable(pi.getId(), VAR_AUTHOR, "approver");
		execute(job());
		assertThat(register.all()).filteredOn(d -> d.processInstanceId().equals(pi.getId()))
			.singleElement()
			.satisfies(d -> assertThat(d.authorId()).isEqualTo("owner"));
	}

	@Test
	@Verifies({ "P11-70", "A11-14", "CHK-07" })
	void makeEffectiveRefusesWithoutAReviewSignature() {
		ProcessInstance pi = submit();
		completeAs("reviewer", pi, TASK_REVIEW, Map.of(VAR_REVIEW_OUTCOME, REVIEW_ACCEPTED));
		completeAs("approver", pi, TASK_APPROVE, Map.of(VAR_APPROVAL_OUTCOME, APPROVAL_APPROVED));
		List<Map<String, Object>> removed = jdbc.queryForList(
				"select * from gxp_signature where process_instance_id = ? and meaning = 'REVIEWED'", pi.getId());
		jdbc.update("delete from gxp_signature where process_instance_id = ? and meaning = 'REVIEWED'", pi.getId());
		try {
			assertThatThrownBy(() -> execute(job())).hasMessageContaining("no REVIEWED signature");
			assertThat(register.all()).noneMatch(d -> d.processInstanceId().equals(pi.getId()));
		}
		finally {
			// put back: the shared database's ledger seals every signature (CHK-04)
			removed.forEach(row -> jdbc.update(
					"insert into gxp_signature (" + String.join(", ", row.keySet()) + ") values ("
							+ String.join(", ", row.keySet().stream().map(k -> "?").toList()) + ")",
					row.values().toArray()));
		}
	}

	@Test
	@Verifies({ "CHK-16", "CHK-17" })
	void adminAddedAsCandidateStillCannotComplete() {
		// CHK-16: administrators are eligible for nothing, even when someone adds them as
		// a candidate user
		ProcessInstance pi = submit();
		completeAs("reviewer", pi, TASK_REVIEW, Map.of(VAR_REVIEW_OUTCOME, REVIEW_CHANGES_REQUESTED));
		String revise = task(TASK_REVISE, pi).getId();
		engine.getTaskService().setAssignee(revise, null);
		engine.getTaskService().addCandidateUser(revise, "admin");
		engine.getTaskService().addCandidateUser(revise, "inspector");

		for (String user : new String[] { "admin", "inspector" }) {
			assertThatThrownBy(() -> workflow.runAs(user, () -> {
				engine.getTaskService().complete(revise, Map.of(VAR_VERSION, "6.6"));
				return null;
			})).rootCause()
				.isInstanceOf(AuthorizationException.class)
				.hasMessageContaining("not an eligible candidate");
			assertThatThrownBy(() -> workflow.runAs(user, () -> {
				engine.getTaskService().claim(revise, user);
				return null;
			})).rootCause()
				.isInstanceOf(AuthorizationException.class)
				.hasMessageContaining("not an eligible candidate");
		}
		assertThat(pi).isWaitingAt(TASK_REVISE);
	}

	@Test
	@Verifies({ "P11-10g", "CHK-15" })
	void candidateCannotUnclaimSomeoneElsesTask() {
		ProcessInstance pi = submit();
		String review = task(TASK_REVIEW, pi).getId();
		workflow.runAs("reviewer", () -> {
			engine.getTaskService().claim(review, "reviewer");
			return null;
		});

		assertThatThrownBy(() -> workflow.runAs("qm", () -> {
			engine.getTaskService().setAssignee(review, null);
			return null;
		})).rootCause().isInstanceOf(AuthorizationException.class).hasMessageContaining("Only the assignee");
		assertThat(task(TASK_REVIEW, pi)).isAssignedTo("reviewer");
		workflow.runAs("reviewer", () -> {
			engine.getTaskService().setAssignee(review, null);
			return null;
		});
		assertThat(task(TASK_REVIEW, pi).getAssignee()).as("the assignee hands it back").isNull();
	}

	@Test
	@Verifies({ "P11-10g", "CHK-15" })
	void candidateClaimsOnlyForThemselvesAndOnlyAQualityManagerReassigns() {
		ProcessInstance pi = submit();
		String review = task(TASK_REVIEW, pi).getId();
		assertThatThrownBy(() -> workflow.runAs("reviewer", () -> {
			engine.getTaskService().claim(review, "qm");
			return null;
		})).rootCause().isInstanceOf(AuthorizationException.class).hasMessageContaining("only for themselves");
		workflow.runAs("reviewer", () -> {
			engine.getTaskService().claim(review, "reviewer");
			return null;
		});
		assertThatThrownBy(() -> workflow.runAs("reviewer", () -> {
			engine.getTaskService().setAssignee(review, "qm");
			return null;
		})).rootCause()
			.isInstanceOf(AuthorizationException.class)
			.hasMessageContaining("only a quality manager may reassign");
		assertThatThrownBy(() -> workflow.runAs("qm", () -> {
			engine.getTaskService().setAssignee(review, "itsec");
			return null;
		})).rootCause().isInstanceOf(AuthorizationException.class).hasMessageContaining("not an eligible candidate");

		workflow.runAs("qm", () -> {
			engine.getTaskService().setAssignee(review, "qm");
			return null;
		});
		assertThat(task(TASK_REVIEW, pi)).isAssignedTo("qm");
	}

}
