package org.gxpbridge.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gxpbridge.controls.DocumentApprovalModel.*;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.Role;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.NotPermittedException;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.FormSession;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.StartableProcess;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The inbox shows a person their work and their groups' work, and completes non-signing
 * steps through the form.
 */
@GxpServerTest
@Verifies("URS-11")
class InboxTests {

	@LocalServerPort
	int port;

	@Autowired
	Workflow workflow;

	@Autowired
	Inbox inbox;

	@Autowired
	TaskService tasks;

	@Autowired
	Signatures signatures;

	@Autowired
	Accounts accounts;

	@Autowired
	Clock clock;

	String submit(String number) {
		return workflow
			.start(PROCESS_KEY, number, Map.of(VAR_DOCUMENT_NUMBER, number, VAR_TITLE, "Title", VAR_VERSION, "1.0",
					VAR_CHANGE_SUMMARY, "first"), "owner")
			.processInstanceId();
	}

	String taskOf(String pi) {
		return tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
	}

	@Test
	void groupTasksAppearForCandidatesOnlyWithTheirSigningMeaning() {
		String number = "INBOX-" + UUID.randomUUID().toString().substring(0, 6);
		submit(number);
		Http.Response reviewer = Http.as(port, "reviewer").get("/api/inbox?businessKey=" + number);
		assertThat(reviewer.status()).isEqualTo(200);
		assertThat(reviewer.json().get("tasks").findValuesAsText("name")).containsExactly("Review document");
		assertThat(reviewer.json().get("tasks").get(0).get("signingMeaning").asText()).isEqualTo("REVIEWED");
		assertThat(reviewer.json().get("counts").get("groups").asLong()).isPositive();
		assertThat(Http.as(port, "itsec").get("/api/inbox?businessKey=" + number).json().get("tasks")).isEmpty();
		assertThat(Http.as(port, "inspector").get("/api/inbox?businessKey=" + number).json().get("tasks")).isEmpty();
	}

	@Test
	@Verifies({ "P11-10g", "CHK-15" })
	void claimedTasksLeaveOtherMembersInboxesAndComeBackWhenHandedBack() {
		String number = "CLAIM-" + UUID.randomUUID().toString().substring(0, 6);
		String task = taskOf(submit(number));
		inbox.claim(task, "reviewer");
		assertThat(inbox.tasksFor("qm", new InboxFilter(null, number, null, null), 10)).isEmpty();
		assertThat(inbox.tasksFor("reviewer", new InboxFilter(null, number, null, null), 10))
			.extracting(InboxTask::assignee)
			.containsExactly("reviewer");
		assertThatThrownBy(() -> inbox.unclaim(task, "qm")).isInstanceOf(ConflictException.class);
		inbox.unclaim(task, "reviewer");
		assertThat(inbox.tasksFor("qm", new InboxFilter(null, number, null, null), 10)).hasSize(1);
	}

	@Test
	void signingStepsCannotBeCompletedWithoutASignature() {
		String task = taskOf(submit("SIGN-" + UUID.randomUUID().toString().substring(0, 6)));
		inbox.claim(task, "reviewer");
		assertThatThrownBy(() -> inbox.complete(task, "reviewer", Map.of(VAR_REVIEW_OUTCOME, REVIEW_ACCEPTED)))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("electronic signature");
	}

	@Test
	void formValidationReportsEachMissingFieldAndCompletesWhenValid() {
		String pi = submit("REV-" + UUID.randomUUID().toString().substring(0, 6));
		signatures.sign(new SignRequest(taskOf(pi), "reviewer", Http.DEMO_PASSWORD, "REVIEWED",
				Map.of(VAR_REVIEW_OUTCOME, REVIEW_CHANGES_REQUESTED), null, "127.0.0.1"));
		String revise = taskOf(pi);
		assertThat(inbox.page(revise, "owner").completable()).as("assigned to the author").isTrue();
		assertThatThrownBy(() -> inbox.complete(revise, "owner", Map.of(VAR_VERSION, ""))).isInstanceOfSatisfying(
				FormInvalidException.class,
				e -> assertThat(e.fields()).filteredOn(f -> f.error() != null)
					.extracting(FormField::key)
					.containsExactlyInAnyOrder(VAR_VERSION, VAR_CHANGE_SUMMARY));
		inbox.complete(revise, "owner", Map.of(VAR_VERSION, "1.1", VAR_CHANGE_SUMMARY, "fixed"));
		assertThat(tasks.createTaskQuery().processInstanceId(pi).singleResult().getTaskDefinitionKey())
			.isEqualTo(TASK_REVIEW);
		assertThat(inbox.page(taskOf(pi), "reviewer").history()).extracting(HistoryLine::what)
			.contains("started Document approval (21 CFR 820.40 / ISO 13485 4.2.4)", "completed Review document",
					"completed Revise document");
	}

	@Test
	void aTaskOfSomeoneElsesGroupIsNotShown() {
		String task = taskOf(submit("HIDE-" + UUID.randomUUID().toString().substring(0, 6)));
		Http.Response r = Http.as(port, "auditor").get("/api/inbox/tasks/" + task);
		assertThat(r.status()).isEqualTo(403);
		assertThat(Http.as(port, "auditor").get("/api/inbox/tasks/no-such-task").status()).isEqualTo(404);
	}

	@Test
	void onlyCandidateStartersMayStartAProcess_P11_10g() {
		assertThat(inbox.startable("owner")).extracting(StartableProcess::key)
			.contains(PROCESS_KEY, "DocumentAcknowledgementProcess");
		assertThat(inbox.startable("reviewer")).extracting(StartableProcess::key)
			.doesNotContain(PROCESS_KEY, "DocumentAcknowledgementProcess");
		assertThatThrownBy(() -> workflow.start(PROCESS_KEY, "NOT-MINE", Map.of(VAR_DOCUMENT_NUMBER, "X"), "reviewer"))
			.isInstanceOf(NotPermittedException.class)
			.hasMessageContaining("do not allow starting");
	}

	@Test
	void theInboxSubmitsOnlyTheFieldsTheFormLetsAPersonChange() {
		// the review form shows documentVersion read-only: a value posted for it is not
		// submitted, so not signed either; a field it does not declare is refused
		String pi = submit("RO-" + UUID.randomUUID().toString().substring(0, 6));
		String review = taskOf(pi);
		inbox.claim(review, "reviewer");

		// a field the form does not declare at all is refused, and nothing is signed
		assertThatThrownBy(() -> inbox.sign(review, "reviewer", Http.DEMO_PASSWORD, "REVIEWED", null,
				Map.of(VAR_REVIEW_OUTCOME, REVIEW_ACCEPTED, VAR_AUTHOR, "reviewer"), "127.0.0.1"))
			.isInstanceOf(FormInvalidException.class)
			.hasMessageContaining("'" + VAR_AUTHOR + "' is not a field of this form");
		assertThat(tasks.createTaskQuery().processInstanceId(pi).singleResult().getTaskDefinitionKey())
			.isEqualTo(TASK_REVIEW);

		var signed = inbox.sign(review, "reviewer", Http.DEMO_PASSWORD, "REVIEWED", null,
				Map.of(VAR_REVIEW_OUTCOME, REVIEW_ACCEPTED, VAR_VERSION, "97.531"), "127.0.0.1");

		assertThat(signed.valid()).isTrue();
		// a value no timestamp or id in the signed content can hold ("9.9" was part of
		// signing times like 10:27:19.912 now and then)
		assertThat(new String(signatures.content(signed.signatureId()), StandardCharsets.UTF_8))
			.contains("\"variables\":{\"reviewOutcome\":\"ACCEPTED\"}")
			.doesNotContain("97.531");
		assertThat(tasks.createTaskQuery().processInstanceId(pi).singleResult().getTaskDefinitionKey())
			.isEqualTo(TASK_APPROVE);
	}

	@Test
	void aCandidateHandsBackOnlyTheirOwnClaimAndTheEngineSaysWhy() {
		String task = taskOf(submit("HB-" + UUID.randomUUID().toString().substring(0, 6)));
		inbox.claim(task, "qm");
		assertThatThrownBy(() -> inbox.claim(task, "reviewer")).isInstanceOf(ConflictException.class);
		inbox.unclaim(task, "qm");
		inbox.claim(task, "reviewer");
		assertThat(inbox.page(task, "reviewer").completable()).isTrue();
	}

	/** Far above what the shared test database holds: every count exact. */
	static final int NO_CAP = 1_000_000;

	@Test
	void countsAreExactBelowTheCapAndCountOnlyOwnAndOfferedTasks() {
		InboxCounts before = inbox.counts("reviewer", NO_CAP);
		Date past = Date.from(clock.instant().minus(Duration.ofDays(2)));
		String offered = taskOf(submit("CNT-" + UUID.randomUUID().toString().substring(0, 6)));
		tasks.setDueDate(offered, past);
		String own = taskOf(submit("CNT-" + UUID.randomUUID().toString().substring(0, 6)));
		inbox.claim(own, "reviewer");
		tasks.setDueDate(own, past);
		// offered to the reviewer's group too, but claimed by someone else: not theirs
		String othersClaim = taskOf(submit("CNT-" + UUID.randomUUID().toString().substring(0, 6)));
		inbox.claim(othersClaim, "qm");
		tasks.setDueDate(othersClaim, past);
		String notYetDue = taskOf(submit("CNT-" + UUID.randomUUID().toString().substring(0, 6)));
		tasks.setDueDate(notYetDue, Date.from(clock.instant().plus(Duration.ofDays(2))));

		InboxCounts after = inbox.counts("reviewer", NO_CAP);

		assertThat(after.mine()).isEqualTo(before.mine() + 1);
		assertThat(after.groups()).as("offered and not yet due; claimed ones are no longer open to the group")
			.isEqualTo(before.groups() + 2);
		assertThat(after.overdue()).as("offered and own; not someone else's claim, not the one due later")
			.isEqualTo(before.overdue() + 2);
		assertThat(after.groupsCapped()).isFalse();
		assertThat(after.overdueCapped()).isFalse();
		// the same numbers as the engine's own task queries give
		List<String> groups = Role.groupIds(accounts.get("reviewer").roles());
		assertThat(after.mine()).isEqualTo(tasks.createTaskQuery().taskAssignee("reviewer").count());
		assertThat(after.groups()).isEqualTo(tasks.createTaskQuery().taskCandidateGroupIn(groups).count());
		assertThat(after.overdue()).isEqualTo(tasks.createTaskQuery()
			.or()
			.taskAssignee("reviewer")
			.taskCandidateUser("reviewer")
			.taskCandidateGroupIn(groups)
			.endOr()
			.dueBefore(Date.from(clock.instant()))
			.count());
	}

	@Test
	void countsStopAtTheCapAndSaySo() {
		Date past = Date.from(clock.instant().minus(Duration.ofDays(1)));
		for (int i = 0; i < 3; i++) {
			tasks.setDueDate(taskOf(submit("CAP-" + UUID.randomUUID().toString().substring(0, 6))), past);
		}
		InboxCounts exact = inbox.counts("reviewer", NO_CAP);
		assertThat(exact.groups()).isGreaterThanOrEqualTo(3);
		assertThat(exact.overdue()).isGreaterThanOrEqualTo(3);

		InboxCounts capped = inbox.counts("reviewer", 2);
		assertThat(capped.groups()).isEqualTo(2);
		assertThat(capped.groupsCapped()).isTrue();
		assertThat(capped.overdue()).isEqualTo(2);
		assertThat(capped.overdueCapped()).isTrue();
		assertThat(capped.mine()).as("not capped").isEqualTo(exact.mine());
		assertThat(capped.groupsText()).isEqualTo("2+");

		// a cap the count just reaches is not exceeded: exact, not flagged
		InboxCounts atCap = inbox.counts("reviewer", (int) exact.groups());
		assertThat(atCap.groups()).isEqualTo(exact.groups());
		assertThat(atCap.groupsCapped()).isFalse();
	}

	@Test
	void thePageAndTheJsonShowTheCountsWithTheirCapFlags() {
		submit("SHOW-" + UUID.randomUUID().toString().substring(0, 6));
		Http.Response json = Http.as(port, "reviewer").get("/api/inbox?max=1");
		InboxCounts counts = inbox.counts("reviewer");
		assertThat(json.json().get("counts").get("groups").asLong()).isEqualTo(counts.groups());
		assertThat(json.json().get("counts").get("groupsCapped").isBoolean()).isTrue();
		assertThat(json.json().get("counts").get("overdueCapped").isBoolean()).isTrue();
		assertThat(json.json().get("counts").has("groupsText")).as("display text is the page's, not the API's")
			.isFalse();
		String page = FormSession.signedIn(port, "reviewer", Http.DEMO_PASSWORD).get("/inbox").body();
		assertThat(page).contains(counts.groupsText() + " open to my groups", counts.overdueText() + " overdue");
	}

}
