package org.gxpbridge.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.gxpbridge.controls.DocumentAcknowledgementModel;
import org.gxpbridge.controls.DocumentApprovalModel;
import org.gxpbridge.mail.internal.LinkRedemption;
import org.gxpbridge.mail.internal.LinkTokenStore;
import org.gxpbridge.mail.internal.TaskLinks;
import org.gxpbridge.mail.internal.TokenOutcome;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.NewAccount;
import org.gxpbridge.security.Role;
import org.gxpbridge.shared.Sha256;
import org.gxpbridge.signature.SignRequest;
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
 * The link tokens of task e-mails (issue 6 item 2): random, stored only as a hash, bound
 * to task and user, single use, expiring; every refused token is a recorded security
 * event. Also what the engine-wide listener queues, and who may see the outbox. Runs in
 * the shared server context (no SMTP there: mail waits in the outbox).
 */
@GxpServerTest
@Verifies({ "P11-10d", "URS-13" })
class TaskLinksTests {

	@Autowired
	TaskLinks links;

	@Autowired
	LinkTokenStore store;

	@Autowired
	Accounts accounts;

	@Autowired
	Workflow workflow;

	@Autowired
	TaskService tasks;

	@Autowired
	Signatures signatures;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	String taskId;

	@BeforeEach
	void startAcknowledgement() {
		String key = "ACK-" + UUID.randomUUID().toString().substring(0, 8);
		var started = workflow.start(DocumentAcknowledgementModel.PROCESS_KEY, key,
				Map.of(DocumentAcknowledgementModel.VAR_DOCUMENT_NUMBER, key), "owner");
		taskId = tasks.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult().getId();
	}

	@Test
	void tokenHas256RandomBitsAndOnlyItsHashIsStored() {
		String token = links.issue(taskId, "reviewer");
		assertThat(token).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(links.issue(taskId, "reviewer"));
		assertThat(store.find(Sha256.hex(token))).hasValueSatisfying(l -> {
			assertThat(l.taskId()).isEqualTo(taskId);
			assertThat(l.userId()).isEqualTo("reviewer");
			assertThat(l.expiresAt()).isBetween(Instant.now().plusSeconds(72 * 3600 - 60),
					Instant.now().plusSeconds(72 * 3600 + 60));
		});
		assertThat(jdbc.queryForObject(
				"select count(*) from gxp_mail_link where token_hash = ? or task_id = ? and user_id = ? and token_hash like ?",
				Integer.class, token, token, token, "%" + token + "%"))
			.isZero();
	}

	@Test
	void tokenRedeemsOnceForItsUserAndTaskAndASecondUseIsRecorded() {
		String token = links.issue(taskId, "reviewer");
		assertThat(links.redeem(token, taskId, "Reviewer", "10.0.0.1").valid()).isTrue();
		LinkRedemption replay = links.redeem(token, taskId, "reviewer", "10.0.0.2");
		assertThat(replay.outcome()).isEqualTo(TokenOutcome.ALREADY_USED);
		assertThat(replay.message()).contains("already used");
		// recorded, but not an alert: the token's own user opening the mail twice is no
		// attack (foreign ones are alerts)
		assertThat(jdbc.queryForObject(
				"select count(*) from gxp_security_event where event_type = 'MAIL_LINK_REFUSED' and user_id = 'reviewer'"
						+ " and client_address = '10.0.0.2' and alert = false and detail like '%ALREADY_USED%'",
				Integer.class))
			.isEqualTo(1);
	}

	@Test
	void foreignTokenDoesNothingAndStaysUsableByItsOwner() {
		String token = links.issue(taskId, "reviewer");
		assertThat(links.redeem(token, taskId, "approver", "10.0.0.3").outcome()).isEqualTo(TokenOutcome.FOREIGN);
		assertThat(alerts("approver", "10.0.0.3")).isEqualTo(1);
		assertThat(links.redeem(token, "another-task", "reviewer", "10.0.0.4").outcome())
			.isEqualTo(TokenOutcome.FOREIGN);
		assertThat(links.redeem(token, taskId, "reviewer", "10.0.0.5").valid()).isTrue();
	}

	@Test
	void expiredTokenIsRefusedAndRecorded() {
		String token = "expired-" + UUID.randomUUID() + "-padding-xx";
		store.insert(Sha256.hex(token), taskId, "reviewer", Instant.now().minusSeconds(80 * 3600),
				Instant.now().minusSeconds(8 * 3600));
		LinkRedemption result = links.redeem(token, taskId, "reviewer", "10.0.0.6");
		assertThat(result.outcome()).isEqualTo(TokenOutcome.EXPIRED);
		assertThat(result.message()).contains("expired");
		assertThat(jdbc.queryForObject(
				"select count(*) from gxp_security_event where event_type = 'MAIL_LINK_REFUSED' and client_address = ?"
						+ " and detail like '%EXPIRED%'",
				Integer.class, "10.0.0.6"))
			.isEqualTo(1);
	}

	@Test
	void forgedOrMissingTokenIsUnknownAndAnAlert() {
		assertThat(links.redeem("A".repeat(43), taskId, "reviewer", "10.0.0.7").outcome())
			.isEqualTo(TokenOutcome.UNKNOWN);
		assertThat(links.redeem(null, taskId, "reviewer", "10.0.0.7").outcome()).isEqualTo(TokenOutcome.UNKNOWN);
		assertThat(alerts("reviewer", "10.0.0.7")).isEqualTo(2);
	}

	@Test
	void newTaskMailsEachCandidateOnceAndAnAssignmentByAnotherPersonMailsTheAssigneeOnce() {
		assertThat(jdbc.queryForList("select recipient from gxp_mail_outbox where task_id = ? and kind = 'NEW_TASK'",
				String.class, taskId))
			.containsExactlyInAnyOrder("reviewer@gxp-bridge.test", "approver@gxp-bridge.test", "qm@gxp-bridge.test");
		// claiming one's own task sends nothing more
		workflow.runAs("reviewer", () -> {
			tasks.claim(taskId, "reviewer");
			return null;
		});
		assertThat(jdbc.queryForObject("select count(*) from gxp_mail_outbox where task_id = ?", Integer.class, taskId))
			.isEqualTo(3);
		// a quality manager handing the task to someone else tells that person, once
		// however often reassigned
		for (String assignee : new String[] { "approver", "reviewer", "approver" }) {
			workflow.runAs("qm", () -> {
				tasks.setAssignee(taskId, assignee);
				return null;
			});
		}
		assertThat(jdbc.queryForList(
				"select recipient from gxp_mail_outbox where task_id = ? and id > (select min(id) + 2 from gxp_mail_outbox"
						+ " where task_id = ?) order by id",
				String.class, taskId, taskId))
			.containsExactly("approver@gxp-bridge.test", "reviewer@gxp-bridge.test");
	}

	@Test
	void taskCreatedAlreadyAssignedMailsOnlyItsAssigneeAndOnlyOnce() {
		String key = "SOP-" + UUID.randomUUID().toString().substring(0, 8);
		var started = workflow.start(DocumentApprovalModel.PROCESS_KEY, key,
				Map.of(DocumentApprovalModel.VAR_DOCUMENT_NUMBER, key, DocumentApprovalModel.VAR_TITLE, "Cleaning",
						DocumentApprovalModel.VAR_VERSION, "1.0", DocumentApprovalModel.VAR_CHANGE_SUMMARY, "new"),
				"owner");
		String review = tasks.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult().getId();
		// the review is a signing step: it completes only through a signature
		signatures.sign(new SignRequest(review, "reviewer", Http.DEMO_PASSWORD, "REVIEWED",
				Map.of(DocumentApprovalModel.VAR_REVIEW_OUTCOME, DocumentApprovalModel.REVIEW_CHANGES_REQUESTED), null,
				"127.0.0.1"));
		String revise = tasks.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult().getId();
		assertThat(jdbc.queryForList("select recipient from gxp_mail_outbox where task_id = ?", String.class, revise))
			.containsExactly("owner@gxp-bridge.test");
	}

	@Test
	void securityAlertsAreQueuedForItSecurity() {
		Http.as(port, "nobody-" + UUID.randomUUID().toString().substring(0, 6), "wrong-password-123").get("/api/me");
		assertThat(jdbc.queryForList(
				"select recipient from gxp_mail_outbox where kind = 'SECURITY_ALERT' and subject like '%LOGIN_FAILED (nobody-%'",
				String.class))
			.contains("itsec@gxp-bridge.test")
			.doesNotContain("admin@gxp-bridge.test", "reviewer@gxp-bridge.test");
	}

	@Test
	void passwordResetByAnAdministratorIsMailedToTheOwnerAndItSecurity_CHK10() {
		String id = "jroe" + UUID.randomUUID().toString().substring(0, 4);
		accounts.create(
				new NewAccount(id, "Jane Roe", id + "@example.test", Set.of(Role.REVIEWER), "Initial-Pass-2026!", null),
				"admin");
		accounts.resetPassword(id, "Temporary-Pass-2026!", "admin");
		assertThat(jdbc.queryForList(
				"select recipient from gxp_mail_outbox where kind = 'SECURITY_ALERT' and subject like ?", String.class,
				"%PASSWORD_RESET (" + id + ")%"))
			.containsExactlyInAnyOrder(id + "@example.test", "itsec@gxp-bridge.test");
	}

	@Test
	void outboxIsVisibleToAdministratorsOnlyWithTokensMasked() {
		var asAdmin = Http.as(port, "admin").get("/api/admin/mail/outbox?taskId=" + taskId);
		assertThat(asAdmin.status()).isEqualTo(200);
		assertThat(asAdmin.json()).hasSize(3);
		assertThat(asAdmin.json().get(0).get("status").asText()).isEqualTo("PENDING");
		assertThat(asAdmin.body()).doesNotContainPattern("#[A-Za-z0-9_-]{43}").doesNotContain("textBody", "text_body");
		assertThat(Http.as(port, "reviewer").get("/api/admin/mail/outbox").status()).isEqualTo(403);
	}

	int alerts(String user, String address) {
		return jdbc.queryForObject(
				"select count(*) from gxp_security_event where event_type = 'MAIL_LINK_REFUSED' and user_id = ? and client_address = ?"
						+ " and alert = true",
				Integer.class, user, address);
	}

}
