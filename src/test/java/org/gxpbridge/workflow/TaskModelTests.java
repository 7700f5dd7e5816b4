package org.gxpbridge.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gxpbridge.controls.DocumentApprovalModel.*;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task model answers from engine facts (DESIGN.md §5): eligibility, signing meanings,
 * declared fields, authors.
 */
@GxpServerTest
class TaskModelTests {

	@Autowired
	TaskModel model;

	@Autowired
	Workflow workflow;

	@Autowired
	ProcessEngine engine;

	@Autowired
	Signatures signatures;

	String submit(String user) {
		String number = "TM-" + UUID.randomUUID().toString().substring(0, 8);
		return workflow
			.start(PROCESS_KEY, number, Map.of(VAR_DOCUMENT_NUMBER, number, VAR_TITLE, "Title", VAR_VERSION, "1.0",
					VAR_CHANGE_SUMMARY, "first"), user)
			.processInstanceId();
	}

	String taskOf(String pi) {
		return engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult().getId();
	}

	@Test
	void answersMeaningsCandidatesAndTheFieldsAFormLetsAPersonSubmit() {
		String pi = submit("owner");
		String review = taskOf(pi);

		TaskModel.TaskFacts facts = model.task(review).orElseThrow();

		assertThat(facts.meanings()).containsExactly("REVIEWED");
		assertThat(facts.isSigningStep()).isTrue();
		assertThat(facts.authoring()).isFalse();
		assertThat(facts.candidateGroups()).containsExactlyInAnyOrder("REVIEWER", "QUALITY_MANAGER");
		assertThat(model.declaredFields(review)).as("read-only fields are shown, not submitted")
			.containsExactlyInAnyOrder(VAR_REVIEW_OUTCOME, VAR_REVIEW_COMMENT);
		assertThat(model.declaredFields("no-such-task")).isEmpty();
		assertThat(model.recordFields(facts.processDefinitionId())).containsExactly(VAR_DOCUMENT_NUMBER, VAR_TITLE,
				VAR_VERSION);
		assertThat(model.mayWork(review, "reviewer")).isTrue();
		assertThat(model.mayWork(review, "itsec")).as("not a candidate").isFalse();
		assertThat(model.mayWork(review, "admin")).isFalse();
	}

	@Test
	@Verifies({ "P11-10g", "CHK-15" })
	void authorsComeFromTheInitiatorAndWhoeverCompletedAnAuthoringStepNeverFromTheVariable() {
		String pi = submit("owner");
		engine.getRuntimeService().setVariable(pi, VAR_AUTHOR, "approver");
		assertThat(model.authors(pi)).containsExactly("owner");

		signatures.sign(new SignRequest(taskOf(pi), "reviewer", Http.DEMO_PASSWORD, "REVIEWED",
				Map.of(VAR_REVIEW_OUTCOME, REVIEW_CHANGES_REQUESTED), null, "test"));
		String revise = taskOf(pi);
		assertThat(model.task(revise).orElseThrow().authoring()).isTrue();
		assertThat(model.declaredFields(revise)).contains(VAR_VERSION, VAR_CHANGE_SUMMARY).doesNotContain(VAR_AUTHOR);
		workflow.runAs("qm", () -> {
			engine.getTaskService().setAssignee(revise, "qm");
			engine.getTaskService().complete(revise, Map.of(VAR_VERSION, "1.1", VAR_CHANGE_SUMMARY, "by QA"));
			return null;
		});

		assertThat(model.authors(pi)).containsExactlyInAnyOrder("owner", "qm");
	}

	@ParameterizedTest(name = "{0} (QM: {1}) changes {2} -> {3} (eligible: {4}): allowed {5}")
	@CsvSource(nullValues = "-", value = { "reviewer, false, -,        reviewer, true,  true", // claim
																								// for
																								// oneself
			"reviewer, false, -,        qm,       true,  false", // claim for someone else
			"qm,       true,  -,        reviewer, true,  true", // a quality manager
																// assigns
			"reviewer, false, reviewer, -,        true,  true", // hand one's own task
																// back
			"qm,       true,  reviewer, -,        true,  false", // nobody unclaims
																	// someone else's task
			"reviewer, false, reviewer, qm,       true,  false", // the assignee does not
																	// pass it on
			"qm,       true,  reviewer, qm,       true,  true", // a quality manager
																// reassigns
			"qm,       true,  reviewer, itsec,    false, false", // ... only to an
																	// eligible candidate
			"reviewer, false, -,        reviewer, false, false" }) // a non-candidate
																	// claims nothing
	@Verifies({ "P11-10g", "CHK-15" })
	void assignmentRules_P11_10g(String actor, boolean qm, String previous, String next, boolean eligible,
			boolean allowed) {
		TaskModel.AssignmentDecision decision = TaskModel.assignment(actor, qm, previous, next, eligible);
		assertThat(decision.allowed()).as(String.valueOf(decision.rule())).isEqualTo(allowed);
		if (!allowed) {
			assertThat(decision.rule()).isNotBlank();
		}
	}

}
