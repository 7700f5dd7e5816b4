package org.gxpbridge.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.gxpbridge.controls.DocumentAcknowledgementModel;
import org.gxpbridge.mail.internal.ImapPoller;
import org.gxpbridge.mail.internal.LinkRedemption;
import org.gxpbridge.mail.internal.OutboxSender;
import org.gxpbridge.mail.internal.TokenOutcome;
import org.gxpbridge.support.TestPorts;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The mail module at module size: mail with only the modules it depends on (security for
 * accounts and security events, workflow and the engine because a reply completes a step
 * as its user: {@code DIRECT_DEPENDENCIES}), its own H2, and GreenMail for real SMTP and
 * IMAP. Mail jobs wait an hour here; the tests send and poll themselves. A task mail's
 * link works once and only for the candidate it was sent to; a reply with a valid token
 * completes its step once.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles({ "demo", "test" })
@AutoConfigureMockMvc
@DirtiesContext // its own context: GreenMail stops after the class
class MailModuleTests {

	static final String BASE_URL = "https://gxp.example.test";

	static final String APPROVALS = "approvals@gxp-bridge.test";

	static final int SMTP_PORT = TestPorts.free();

	static final int IMAP_PORT = TestPorts.free();

	static final Pattern LINK = Pattern
		.compile(Pattern.quote(BASE_URL) + "(/inbox/tasks/([^?\\s\"]+)\\?token=[A-Za-z0-9_-]{43})");

	static GreenMail mail = startMail();

	@Autowired
	Workflow workflow;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	OutboxSender outbox;

	@Autowired
	ImapPoller poller;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@DynamicPropertySource
	static void mailSettings(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:gxp-mail-module;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
		// Camunda keeps engines in a static registry by name: closing this context must
		// not take "default" away from the shared server context in the same test JVM
		registry.add("camunda.bpm.process-engine-name", () -> "mailModule");
		TestMail.register(registry, SMTP_PORT, IMAP_PORT, BASE_URL, APPROVALS);
		registry.add("gxp.mail.outbox.send-interval", () -> "1h");
		registry.add("gxp.mail.scan-interval", () -> "1h");
		registry.add("gxp.mail.imap.poll-interval", () -> "1h");
	}

	@Test
	void bootsMailWithOnlyTheModulesItDependsOn() {
		Set<String> modules = Arrays.stream(context.getBeanDefinitionNames())
			.map(context::getType)
			.filter(type -> type != null && type.getPackageName().startsWith("org.gxpbridge."))
			.map(type -> type.getPackageName().split("\\.")[2])
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(modules).contains("mail", "security", "workflow")
			.doesNotContain("audittrail", "controls", "documents", "inbox", "regulation", "signature");
	}

	@Test
	void taskMailLinkRedeemsOnceAndOnlyForTheCandidateItWasSentTo() throws Exception {
		String taskId = startAcknowledgement();
		String path = linkSentTo("reviewer@gxp-bridge.test", taskId);

		assertThat(outcomeOf(open(path, "approver"))).as("another candidate's mail").isEqualTo(TokenOutcome.FOREIGN);
		MvcResult redeemed = open(path, "reviewer");
		assertThat(redeemed.getResponse().getRedirectedUrl()).as("used up, on to the task page without the token")
			.isEqualTo("/inbox/tasks/" + taskId);
		assertThat(outcomeOf(open(path, "reviewer"))).as("a second use").isEqualTo(TokenOutcome.ALREADY_USED);
		assertThat(jdbc.queryForObject(
				"select count(*) from gxp_security_event where event_type = 'MAIL_LINK_REFUSED' and detail like ?",
				Integer.class, "%task " + taskId + " refused%"))
			.isEqualTo(2);
	}

	@Test
	void replyWithAValidTokenCompletesTheStepOnceAsTheTokensUser() throws Exception {
		String taskId = startAcknowledgement();
		MimeMessage taskMail = mailTo("approver@gxp-bridge.test", taskId);

		String first = reply(taskMail, "approver@gxp-bridge.test", "APPROVE read and understood");
		assertThat(poller.poll()).isEqualTo(1);
		assertThat(replyOutcome(first)).isEqualTo("COMPLETED");
		assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("step completed").isZero();
		assertThat(history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getAssignee())
			.as("completed as the token's user")
			.isEqualTo("approver");

		String again = reply(taskMail, "approver@gxp-bridge.test", "APPROVE");
		poller.poll();
		assertThat(replyOutcome(again)).isEqualTo("TOKEN_USED");
		assertThat(jdbc.queryForObject(
				"select count(*) from gxp_security_event where event_type = 'MAIL_REPLY_ACCEPTED' and user_id = 'approver'"
						+ " and detail like ?",
				Integer.class, "task " + taskId + " completed%"))
			.isEqualTo(1);
	}

	/**
	 * Starts an acknowledgement (candidates: reviewers and approvers) and sends its
	 * mails.
	 */
	String startAcknowledgement() {
		String key = "ACK-" + UUID.randomUUID().toString().substring(0, 8);
		var started = workflow.start(DocumentAcknowledgementModel.PROCESS_KEY, key,
				Map.of(DocumentAcknowledgementModel.VAR_DOCUMENT_NUMBER, key), "owner");
		String taskId = tasks.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult().getId();
		assertThat(outbox.sendDue()).as("sent over SMTP").isPositive();
		return taskId;
	}

	/** The path of the link in the task mail to {@code recipient}. */
	String linkSentTo(String recipient, String taskId) throws Exception {
		Matcher link = LINK.matcher(plainText(mailTo(recipient, taskId)));
		assertThat(link.find()).as("the mail carries a link").isTrue();
		assertThat(link.group(2)).isEqualTo(taskId);
		return link.group(1);
	}

	MimeMessage mailTo(String recipient, String taskId) throws Exception {
		for (MimeMessage m : mail.getReceivedMessages()) {
			if (to(m).equalsIgnoreCase(recipient) && plainText(m).contains("/inbox/tasks/" + taskId + "?token=")) {
				return m;
			}
		}
		throw new AssertionError("no task mail to " + recipient + " for task " + taskId);
	}

	MvcResult open(String path, String userId) throws Exception {
		return mvc.perform(get(path).with(user(userId).roles(userId.toUpperCase()))).andReturn();
	}

	static TokenOutcome outcomeOf(MvcResult result) throws Exception {
		assertThat(result.getModelAndView()).isNotNull();
		assertThat(result.getModelAndView().getViewName()).isEqualTo("link-refused");
		TokenOutcome outcome = ((LinkRedemption) result.getModelAndView().getModel().get("redemption")).outcome();
		assertThat(result.getResponse().getContentAsString()).as("the page names the outcome")
			.contains("id=\"link-outcome\">" + outcome + "<");
		return outcome;
	}

	/** Answers a task mail from {@code from}, to the approvals mailbox, over SMTP. */
	String reply(MimeMessage original, String from, String firstLine) throws Exception {
		Properties smtp = new Properties();
		smtp.put("mail.smtp.host", "127.0.0.1");
		smtp.put("mail.smtp.port", String.valueOf(SMTP_PORT));
		MimeMessage answer = new MimeMessage(Session.getInstance(smtp));
		answer.setFrom(new InternetAddress(from));
		answer.setRecipients(Message.RecipientType.TO, APPROVALS);
		answer.setSubject("Re: " + original.getSubject(), "UTF-8");
		answer.setText(firstLine + "\n\n> the original mail\n", "UTF-8");
		answer.saveChanges();
		Transport.send(answer);
		return answer.getMessageID();
	}

	static String plainText(MimeMessage m) throws Exception {
		return m.getContent() instanceof String s ? s : part((MimeMultipart) m.getContent());
	}

	static String part(MimeMultipart multipart) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			var part = multipart.getBodyPart(i);
			if (part.isMimeType("text/plain")) {
				return String.valueOf(part.getContent());
			}
			if (part.getContent() instanceof MimeMultipart nested && part(nested) != null) {
				return part(nested);
			}
		}
		return null;
	}

	String replyOutcome(String messageId) {
		return jdbc.queryForObject("select outcome from gxp_mail_reply where message_id = ?", String.class, messageId);
	}

	static String to(MimeMessage message) {
		try {
			return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static GreenMail startMail() {
		return TestMail.start(SMTP_PORT, IMAP_PORT, APPROVALS);
	}

	@AfterAll
	static void stopMail() {
		mail.stop();
	}

}
