package org.gxpbridge.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.gxpbridge.improvement.ManagementReviewModel.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.audittrail.AuditQuery;
import org.gxpbridge.shared.Sha256;
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
 * Every path of ManagementReviewProcess (issue 13 item 1): started with only a business
 * key, the meeting pack stored as a snapshot, minutes refused without a conclusion per
 * input or with an action that does not parse, the minute-taker refused as signer, signed
 * approval, actions tracked until done, the restart decision as output, and a change
 * behind the server's back found by the signature and refused by the release step.
 */
@GxpServerTest
@Verifies("URS-24")
class ManagementReviewProcessTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	Workflow workflow;

	@Autowired
	ManagementReviews reviews;

	@Autowired
	Signatures signatures;

	@Autowired
	AuditLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@BeforeEach
	void setUp() {
		init(engine);
	}

	ProcessInstance started(String businessKey) {
		String pi = workflow.start(PROCESS_KEY, businessKey, Map.of(), "qm").processInstanceId();
		return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).singleResult();
	}

	ManagementReview review(ProcessInstance pi) {
		return reviews.forProcessInstance(pi.getId()).orElseThrow();
	}

	static Map<String, Object> minutes(String actions, boolean restart) {
		Map<String, Object> m = new HashMap<>();
		m.put(VAR_ATTENDEES, "qm\napprover\nowner");
		ManagementReviewInput.KEYS.forEach(k -> m.put(VAR_CONCLUSION_PREFIX + k, "Reviewed " + k + ": adequate"));
		m.put(VAR_DECISIONS, "QMS remains suitable, adequate and effective");
		m.put(VAR_ACTIONS, actions);
		m.put(VAR_RESTART_DECIDED, restart);
		return m;
	}

	void complete(String user, String taskId, Map<String, Object> variables) {
		workflow.runAs(user, () -> {
			engine.getTaskService().claim(taskId, user);
			engine.getTaskService().complete(taskId, variables);
			return null;
		});
	}

	SignatureView sign(ProcessInstance pi, String user) {
		return signatures.sign(new SignRequest(task(TASK_APPROVE_MINUTES, pi).getId(), user, Http.DEMO_PASSWORD,
				"APPROVED", Map.of("approvalComment", "pack and minutes read"), null, "127.0.0.1"));
	}

	void release(ProcessInstance pi) {
		assertThat(pi).isWaitingAt(TASK_RELEASE_MINUTES);
		execute(job(TASK_RELEASE_MINUTES, pi));
	}

	Object restartOutput(ProcessInstance pi) {
		return engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(pi.getId())
			.variableName(VAR_RESTART_LIFECYCLE)
			.singleResult()
			.getValue();
	}

	@Test
	void aReviewStartedWithOnlyABusinessKeyStoresItsPackAndClosesWhenItsActionsAreDone() {
		ProcessInstance pi = started("PROGRAMME-1");
		ManagementReview r = review(pi);
		assertThat(r.id()).startsWith("MR-");
		assertThat(r.businessKey()).isEqualTo("PROGRAMME-1");
		assertThat(r.status()).isEqualTo(ManagementReview.PACK_GATHERED);
		assertThat(r.gatheredBy()).as("the starter from the engine").isEqualTo("qm");
		assertThat(r.pack()).extracting(ManagementReviewInput::key)
			.containsExactlyElementsOf(ManagementReviewInput.KEYS);
		assertThat(r.pack()).allSatisfy(i -> assertThat(i.facts()).isNotEmpty());
		String stored = jdbc.queryForObject("select pack_json from gxp_management_review where id = ?", String.class,
				r.id());
		assertThat(r.packSha256()).as("the pack is a stored snapshot with its hash").isEqualTo(Sha256.hex(stored));
		assertThat(pi).isWaitingAt(TASK_RECORD_MINUTES);
		assertThat(task(TASK_RECORD_MINUTES, pi)).hasCandidateGroup("QUALITY_MANAGER");

		String due = LocalDate.now().plusDays(30).toString();
		complete("qm", task(TASK_RECORD_MINUTES, pi).getId(), minutes(
				"Update the supplier procedure | owner | " + due + "\nPlan a cyber audit | itsec | " + due, false));
		ManagementReview minuted = review(pi);
		assertThat(minuted.status()).isEqualTo(ManagementReview.MINUTES_RECORDED);
		assertThat(minuted.minutesBy()).isEqualTo("qm");
		assertThat(minuted.attendees()).containsExactly("qm", "approver", "owner");
		assertThat(minuted.conclusions()).containsEntry("vulnerability", "Reviewed vulnerability: adequate");
		assertThat(minuted.actions()).extracting(ManagementReviewAction::ownerId).containsExactly("owner", "itsec");
		assertThat(task(TASK_APPROVE_MINUTES, pi)).hasCandidateGroup("APPROVER").hasCandidateGroup("QUALITY_MANAGER");

		SignatureView signed = sign(pi, "approver");
		release(pi);
		assertThat(review(pi).status()).isEqualTo(ManagementReview.APPROVED);
		assertThat(new String(signatures.content(signed.signatureId()), StandardCharsets.UTF_8))
			.as("the signed content is the review with its pack and minutes")
			.contains("\"type\":\"management-review\"", "\"id\":\"" + r.id() + "\"", r.packSha256(),
					"Update the supplier procedure", "QMS remains suitable");

		assertThat(pi).isWaitingAt(TASK_COMPLETE_ACTION);
		var actionTasks = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).list();
		assertThat(actionTasks).extracting(t -> t.getAssignee()).containsExactlyInAnyOrder("owner", "itsec");
		for (var t : actionTasks) {
			assertThatThrownBy(() -> complete(t.getAssignee(), t.getId(), Map.of(VAR_ACTION_OUTCOME, " ")))
				.hasMessageContaining("Say what was done");
			complete(t.getAssignee(), t.getId(), Map.of(VAR_ACTION_OUTCOME, "done, see SOP-12 v3"));
		}
		assertThat(pi).isEnded().hasPassed(END_REVIEW_CLOSED).hasNotPassed(END_RESTART_LIFECYCLE);
		assertThat(restartOutput(pi)).isEqualTo(false);
		assertThat(reviews.get(r.id()).actions()).allSatisfy(a -> {
			assertThat(a.status()).isEqualTo(ManagementReviewAction.DONE);
			assertThat(a.doneBy()).isEqualTo(a.ownerId());
		});
		assertThat(signatures.find(signed.signatureId()).recordChangedSinceSigning())
			.as("an action's progress is not a change of the approved minutes")
			.isFalse();
		assertThat(ledger.entries(new AuditQuery(pi.getId(), null, null, null, null, 10_000)))
			.filteredOn(e -> "ManagementReview".equals(e.objectType()))
			.extracting(e -> e.action() + " " + e.actorId())
			.contains("MANAGEMENT_REVIEW_PACK_GATHERED qm", "MANAGEMENT_REVIEW_MINUTES_RECORDED qm",
					"MANAGEMENT_REVIEW_ACTION_DONE owner", "MANAGEMENT_REVIEW_ACTION_DONE itsec");
	}

	@Test
	void aDecisionToRestartTheLifecycleEndsTheReviewWithTheOutputForTheProgramme() {
		ProcessInstance pi = started("PROGRAMME-2");
		complete("qm", task(TASK_RECORD_MINUTES, pi).getId(), minutes("", true));
		assertThat(review(pi).actions()).isEmpty();
		sign(pi, "reviewer");
		release(pi);
		assertThat(pi).isEnded()
			.hasPassed(GATEWAY_ACTIONS_AGREED, GATEWAY_RESTART, END_RESTART_LIFECYCLE)
			.hasNotPassed(TASK_COMPLETE_ACTION, END_REVIEW_CLOSED);
		assertThat(restartOutput(pi)).isEqualTo(true);
		assertThat(review(pi).restartLifecycle()).isTrue();
	}

	@Test
	void minutesWithoutAConclusionOnEveryInputOrWithABadActionAreRefusedAndNothingIsStored() {
		ProcessInstance pi = started(null);
		String taskId = task(TASK_RECORD_MINUTES, pi).getId();
		Map<String, Object> noConclusion = minutes("", false);
		noConclusion.put(VAR_CONCLUSION_PREFIX + ManagementReviewInput.CAPA, " ");
		assertThatThrownBy(() -> complete("qm", taskId, noConclusion))
			.hasMessageContaining("conclusion on the input 'CAPA status and effectiveness'");
		assertThatThrownBy(() -> complete("qm", taskId, minutes("Fix it | nobody-here | 2999-01-01", false)))
			.hasMessageContaining("owner 'nobody-here' has no active account");
		assertThatThrownBy(() -> complete("qm", taskId, minutes("Fix it | owner | 2000-01-01", false)))
			.hasMessageContaining("due date 2000-01-01 is in the past");
		assertThatThrownBy(() -> complete("qm", taskId, minutes("Fix it, owner, soon", false)))
			.hasMessageContaining("'Fix it, owner, soon'")
			.hasMessageContaining("description | owner | yyyy-mm-dd");
		Map<String, Object> noAttendees = minutes("", false);
		noAttendees.put(VAR_ATTENDEES, "");
		assertThatThrownBy(() -> complete("qm", taskId, noAttendees)).hasMessageContaining("Name who attended");

		ManagementReview r = review(pi);
		assertThat(r.status()).isEqualTo(ManagementReview.PACK_GATHERED);
		assertThat(r.conclusions()).isEmpty();
		assertThat(r.actions()).isEmpty();
		assertThat(pi).isWaitingAt(TASK_RECORD_MINUTES);
	}

	@Test
	void theMinuteTakerCannotApproveTheMinutes() {
		ProcessInstance pi = started("PROGRAMME-3");
		complete("qm", task(TASK_RECORD_MINUTES, pi).getId(), minutes("", false));
		assertThatThrownBy(() -> sign(pi, "qm")).hasMessageContaining("The author of a record cannot sign it");
		assertThat(signatures.forProcessInstance(pi.getId())).isEmpty();
		assertThat(pi).isWaitingAt(TASK_APPROVE_MINUTES);
	}

	@Test
	@Verifies({ "P11-70", "CHK-01", "CHK-04", "URS-24" })
	void minutesChangedInSqlAfterSigningAreReportedAndNotReleased() {
		ProcessInstance pi = started("PROGRAMME-4");
		complete("qm", task(TASK_RECORD_MINUTES, pi).getId(), minutes("", false));
		SignatureView signed = sign(pi, "approver");
		String id = review(pi).id();
		jdbc.update("update gxp_management_review set decisions = 'edited in SQL' where id = ?", id);
		try {
			assertThat(signatures.find(signed.signatureId()).recordChangedSinceSigning()).isTrue();
			var api = Http.as(port, "inspector").get("/api/signatures/" + signed.signatureId());
			assertThat(api.status()).isEqualTo(200);
			assertThat(api.json().get("recordChangedSinceSigning").asBoolean()).isTrue();
			assertThatThrownBy(() -> release(pi)).hasMessageContaining("is not approved")
				.hasMessageContaining("recordChangedSinceSigning");
			assertThat(reviews.get(id).status()).isEqualTo(ManagementReview.MINUTES_RECORDED);
			assertThat(ledger.verify().problems()).as("the audit trail finds the row changed behind the server's back")
				.anyMatch(p -> p.contains("gxp_management_review") && p.contains(id));
		}
		finally {
			jdbc.update("update gxp_management_review set decisions = ? where id = ?",
					"QMS remains suitable, adequate and effective", id);
		}
		release(pi);
		assertThat(reviews.get(id).status()).isEqualTo(ManagementReview.APPROVED);
		assertThat(pi).isEnded().hasPassed(END_REVIEW_CLOSED);
		assertThat(ledger.verify().problems()).as("every change of the review has its ledger entry")
			.noneMatch(p -> p.contains(id));
	}

	@Test
	void theNextReviewTakesItsInputsSinceThePreviousApproval() {
		ProcessInstance first = started("PROGRAMME-5");
		complete("qm", task(TASK_RECORD_MINUTES, first).getId(), minutes("", false));
		sign(first, "approver");
		release(first);
		ManagementReview approved = review(first);
		ProcessInstance next = started("PROGRAMME-5");
		assertThat(review(next).since()).isEqualTo(reviews.all()
			.stream()
			.map(ManagementReview::approvedAt)
			.filter(a -> a != null)
			.max(Comparable::compareTo)
			.orElseThrow());
		assertThat(review(next).since()).isAfterOrEqualTo(approved.approvedAt());
	}

	@Test
	void onlyAQualityManagerStartsAReviewAndRecordsItsMinutes() {
		assertThatThrownBy(() -> workflow.start(PROCESS_KEY, "PROGRAMME-6", Map.of(), "owner"))
			.as("a process owner may not start the review");
		ProcessInstance pi = started("PROGRAMME-6");
		String taskId = task(TASK_RECORD_MINUTES, pi).getId();
		assertThatThrownBy(() -> complete("approver", taskId, minutes("", false)))
			.as("an approver is not a candidate of the minutes");
		assertThat(review(pi).status()).isEqualTo(ManagementReview.PACK_GATHERED);
	}

	@Test
	void theSameMinutesOrActionTwiceAreRefusedAndOnlyTheOwnerOrAQualityManagerCompletesAnAction() {
		ProcessInstance pi = started("PROGRAMME-7");
		String due = LocalDate.now().plusDays(10).toString();
		complete("qm", task(TASK_RECORD_MINUTES, pi).getId(), minutes("Renew the pen test | itsec | " + due, false));
		String id = review(pi).id();
		assertThatThrownBy(() -> reviews.recordMinutes(id,
				new ManagementReviewMinutes(List.of("qm"), Map.of(), "again", "", true), "qm"))
			.hasMessageContaining("already recorded");
		assertThat(review(pi).restartLifecycle()).isFalse();
		sign(pi, "approver");
		release(pi);
		String actionTask = task(TASK_COMPLETE_ACTION, pi).getId();
		assertThatThrownBy(() -> workflow.runAs("reviewer", () -> {
			engine.getTaskService().complete(actionTask, Map.of(VAR_ACTION_OUTCOME, "not mine"));
			return null;
		})).as("someone neither owner nor quality manager");
		String actionId = review(pi).actions().get(0).id();
		complete("itsec", actionTask, Map.of(VAR_ACTION_OUTCOME, "pen test ordered"));
		assertThatThrownBy(() -> reviews.completeAction(actionId, "twice", "itsec"))
			.hasMessageContaining("already done");
		assertThat(reviews.action(actionId).outcome()).isEqualTo("pen test ordered");
		assertThat(pi).isEnded().hasPassed(END_REVIEW_CLOSED);
	}

}
