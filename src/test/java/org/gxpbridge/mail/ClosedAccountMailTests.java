package org.gxpbridge.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.gxpbridge.controls.DocumentAcknowledgementModel;
import org.gxpbridge.mail.internal.InboundReply;
import org.gxpbridge.mail.internal.ReplyDecider;
import org.gxpbridge.mail.internal.ReplyOutcome;
import org.gxpbridge.mail.internal.TaskLinks;
import org.gxpbridge.mail.internal.TokenOutcome;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.NewAccount;
import org.gxpbridge.security.Role;
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
 * A locked or deactivated account acts through no mail (issue 9): its outstanding link
 * tokens are voided when it is closed, and a reply to approve completes nothing, is
 * answered with nothing and is recorded as an alert.
 */
@GxpServerTest
class ClosedAccountMailTests {

	@Autowired
	TaskLinks links;

	@Autowired
	ReplyDecider replies;

	@Autowired
	Accounts accounts;

	@Autowired
	Workflow workflow;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	String taskId;

	String userId;

	@BeforeEach
	void reviewerWithATaskMail() {
		String key = "ACK-" + UUID.randomUUID().toString().substring(0, 8);
		var started = workflow.start(DocumentAcknowledgementModel.PROCESS_KEY, key,
				Map.of(DocumentAcknowledgementModel.VAR_DOCUMENT_NUMBER, key), "owner");
		taskId = tasks.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult().getId();
		userId = "closed" + UUID.randomUUID().toString().substring(0, 6);
		accounts.create(new NewAccount(userId, "Closed Account", userId + "@example.test", Set.of(Role.REVIEWER),
				"Initial-Pass-2026!", null), "admin");
	}

	@Test
	@Verifies({ "P11-10d", "P11-300d" })
	void deactivatedUsersMailReplyCompletesNothing() {
		String token = links.issue(taskId, userId);
		assertThat(Http.as(port, "admin")
			.post("/api/admin/users/" + userId + "/deactivate", Map.of("reason", "Leaver"))
			.status()).isEqualTo(200);

		ReplyOutcome outcome = replies.decide(reply(token));

		assertThat(outcome).isEqualTo(ReplyOutcome.ACCOUNT_INACTIVE);
		assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("the task is still open").isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"select count(*) from gxp_security_event where event_type = 'MAIL_REPLY_REFUSED' and user_id = ?"
						+ " and alert = true and detail like '%ACCOUNT_INACTIVE%'",
				Integer.class, userId))
			.isEqualTo(1);
		assertThat(
				jdbc.queryForObject("select count(*) from gxp_mail_outbox where kind = 'REPLY_ANSWER' and user_id = ?",
						Integer.class, userId))
			.as("no answer tells the mailbox's reader the account's state")
			.isZero();
	}

	@Test
	@Verifies({ "P11-10d", "P11-300d" })
	void lockedUsersMailReplyCompletesNothing() {
		String token = links.issue(taskId, userId);
		for (int i = 0; i < 5; i++) {
			Http.as(port, userId, "Wrong-Passw0rd-" + i).get("/api/account");
		}

		assertThat(replies.decide(reply(token))).isEqualTo(ReplyOutcome.ACCOUNT_INACTIVE);
		assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
	}

	@Test
	@Verifies({ "P11-10d", "P11-300d" })
	void closingAnAccountVoidsItsOutstandingLinks() {
		String first = links.issue(taskId, userId);
		String second = links.issue(taskId, userId);
		String someoneElses = links.issue(taskId, "reviewer");
		assertThat(Http.as(port, "admin")
			.post("/api/admin/users/" + userId + "/deactivate", Map.of("reason", "Leaver"))
			.status()).isEqualTo(200);

		assertThat(jdbc.queryForObject(
				"select count(*) from gxp_mail_link where user_id = ? and used_via = 'VOIDED' and used_at is not null",
				Integer.class, userId))
			.isEqualTo(2);
		assertThat(links.redeem(first, taskId, userId, "10.9.9.9").outcome()).isEqualTo(TokenOutcome.ALREADY_USED);
		assertThat(links.redeem(second, taskId, userId, "10.9.9.9").valid()).isFalse();
		assertThat(links.redeem(someoneElses, taskId, "reviewer", "10.9.9.9").valid())
			.as("other users' links still work")
			.isTrue();
	}

	private InboundReply reply(String token) {
		return new InboundReply("<" + UUID.randomUUID() + "@example.test>", userId + "@example.test", "Re: task", token,
				false, "APPROVE", null);
	}

}
