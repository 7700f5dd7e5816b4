package org.gxpbridge.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.gxpbridge.controls.DocumentAcknowledgementModel;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.NewAccount;
import org.gxpbridge.security.Role;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.PostgresServer;
import org.gxpbridge.support.TestPorts;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The mail tables and queries on a real PostgreSQL with the production profile: new-work
 * mail, reply APPROVE completing the task, escalation, and the administrators' outbox
 * view (issue 6; MailRoundTripIT covers every path on H2).
 */
class MailOnPostgresIT {

	static final int SMTP_PORT = TestPorts.free();
	static final int IMAP_PORT = TestPorts.free();
	static GreenMail mail;
	static ConfigurableApplicationContext server;

	@BeforeAll
	static void start() {
		mail = new GreenMail(new ServerSetup[] { new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"),
				new ServerSetup(IMAP_PORT, "127.0.0.1", "imap") });
		mail.start();
		mail.setUser("approvals@example.com", "approvals", "approvals-secret");
		server = PostgresServer.start(PostgresServer.newDatabase("gxp_mail"),
				Map.ofEntries(Map.entry("spring.mail.host", "127.0.0.1"), Map.entry("spring.mail.port", SMTP_PORT),
						Map.entry("gxp.mail.outbox.send-interval", "200ms"),
						Map.entry("gxp.mail.scan-interval", "300ms"), Map.entry("gxp.mail.imap.enabled", "true"),
						Map.entry("gxp.mail.imap.protocol", "imap"), Map.entry("gxp.mail.imap.host", "127.0.0.1"),
						Map.entry("gxp.mail.imap.port", IMAP_PORT), Map.entry("gxp.mail.imap.user", "approvals"),
						Map.entry("gxp.mail.imap.password", "approvals-secret"),
						Map.entry("gxp.mail.imap.poll-interval", "300ms")));
		Accounts accounts = server.getBean(Accounts.class);
		accounts.create(new NewAccount("rreader", "Rita Reader", "rreader@example.com", Set.of(Role.REVIEWER),
				"Initial-Passw0rd!", null), PostgresServer.ADMIN_USER);
		accounts.create(new NewAccount("mmanager", "Max Manager", "mmanager@example.com", Set.of(Role.QUALITY_MANAGER),
				"Initial-Passw0rd!", null), PostgresServer.ADMIN_USER);
	}

	@AfterAll
	static void stop() {
		server.close();
		mail.stop();
	}

	@Test
	void replyApproveCompletesTheTaskAndOverdueTasksEscalateOnPostgres() throws Exception {
		TaskService tasks = server.getBean(TaskService.class);
		Workflow workflow = server.getBean(Workflow.class);
		String pi = workflow.start(DocumentAcknowledgementModel.PROCESS_KEY, "ACK-PG-1", Map.of(), "mmanager")
			.processInstanceId();
		MimeMessage original = await("new-work mail",
				() -> find("rreader@example.com", "New task for you: Acknowledge document (ACK-PG-1)"));

		Properties props = new Properties();
		props.put("mail.smtp.host", "127.0.0.1");
		props.put("mail.smtp.port", String.valueOf(SMTP_PORT));
		MimeMessage reply = new MimeMessage(Session.getInstance(props));
		reply.setFrom(new InternetAddress("rreader@example.com"));
		reply.setRecipients(Message.RecipientType.TO, "approvals@example.com");
		reply.setSubject("Re: " + original.getSubject());
		reply.setText("APPROVE read it");
		Transport.send(reply);
		await("completed by reply", () -> tasks.createTaskQuery().processInstanceId(pi).count() == 0 ? "done" : null);
		assertThat(server.getBean(HistoryService.class)
			.createHistoricTaskInstanceQuery()
			.processInstanceId(pi)
			.singleResult()
			.getAssignee()).isEqualTo("rreader");

		String pi2 = workflow.start(DocumentAcknowledgementModel.PROCESS_KEY, "ACK-PG-2", Map.of(), "mmanager")
			.processInstanceId();
		tasks.setDueDate(tasks.createTaskQuery().processInstanceId(pi2).singleResult().getId(),
				Date.from(Instant.now().minusSeconds(60)));
		await("escalation", () -> find("mmanager@example.com", "Escalation: Acknowledge document (ACK-PG-2)"));

		var outbox = Http.as(PostgresServer.port(server), PostgresServer.ADMIN_USER, PostgresServer.ADMIN_PASSWORD)
			.get("/api/admin/mail/outbox");
		assertThat(outbox.status()).isEqualTo(200);
		assertThat(outbox.json().findValuesAsText("status")).contains("SENT");
	}

	static MimeMessage find(String to, String subjectPart) {
		return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
			try {
				return MailRoundTripIT.isTo(m, to) && m.getSubject().contains(subjectPart);
			}
			catch (Exception e) {
				return false;
			}
		}).findFirst().orElse(null);
	}

	static <T> T await(String what, Callable<T> probe) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			T value = probe.call();
			if (value != null) {
				return value;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Timed out waiting for: " + what);
	}

}
