package org.gxpbridge.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gxpbridge.GxpBridgeApplication;
import org.gxpbridge.controls.DocumentAcknowledgementModel;
import org.gxpbridge.controls.DocumentApprovalModel;
import org.gxpbridge.mail.internal.TaskLinks;
import org.gxpbridge.mail.internal.TokenOutcome;
import org.gxpbridge.support.Browser;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.TestPorts;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.ProcessStarted;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 6 end to end over real SMTP and IMAP (GreenMail on loopback) and the whole
 * running server: task created → e-mail received → link redeemed once; reply APPROVE /
 * REJECT → task completed as the token's user; forged sender, replayed token, auto-reply,
 * signing step → nothing completed and recorded; reminders, escalation; an SMTP outage
 * delays mail but never the work. One Spring context for all mail tests (its own H2,
 * short mail intervals).
 */
@SpringBootTest(classes = GxpBridgeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
@DirtiesContext // closes the context after the class, so its mail jobs stop polling the
				// stopped GreenMail
class MailRoundTripIT {

	static final String BASE_URL = "https://gxp.example.test";
	static final String APPROVALS = "approvals@gxp-bridge.test";
	static final Duration DEADLINE = Duration.ofSeconds(20);
	static final int SMTP_PORT = TestPorts.free();
	static final int IMAP_PORT = TestPorts.free();
	static GreenMail mail = startMail();

	@Autowired
	Workflow workflow;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	TaskLinks links;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void mailSettings(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:gxp-mail;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
		TestMail.register(registry, SMTP_PORT, IMAP_PORT, BASE_URL, APPROVALS);
		registry.add("gxp.mail.outbox.send-interval", () -> "200ms");
		registry.add("gxp.mail.outbox.initial-backoff", () -> "200ms");
		registry.add("gxp.mail.outbox.max-backoff", () -> "1s");
		registry.add("gxp.mail.outbox.max-attempts", () -> "1000");
		registry.add("gxp.mail.scan-interval", () -> "300ms");
		registry.add("gxp.mail.imap.poll-interval", () -> "300ms");
	}

	static GreenMail startMail() {
		return TestMail.start(SMTP_PORT, IMAP_PORT, APPROVALS);
	}

	@AfterAll
	static void stopMail() {
		mail.stop();
	}

	// --- item 2: e-mail on new work, link tokens
	// -------------------------------------------------------------------

	@Test
	void newTaskMailsEachCandidateWithTaskDetailsAndASingleUseLink() throws Exception {
		String key = "ACK-" + shortId();
		Task task = startAcknowledgement(key);
		MimeMessage toReviewer = awaitMail("reviewer@gxp-bridge.test", key);
		awaitMail("approver@gxp-bridge.test", key);
		String text = plainText(toReviewer);
		assertThat(toReviewer.getSubject()).contains("New task for you: Acknowledge document (" + key + ")");
		assertThat(text).contains("Acknowledge document", "Document acknowledgement", key, "(UTC+00:00)");
		assertThat(htmlOf(toReviewer)).contains("<a href=\"" + BASE_URL + "/inbox/tasks/" + task.getId() + "?token=");
		assertThat(toReviewer.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
		assertThat(toReviewer.getReplyTo()[0].toString()).isEqualTo(APPROVALS);
		Matcher link = Pattern.compile(Pattern.quote(BASE_URL) + "/inbox/tasks/([^?\\s]+)\\?token=([A-Za-z0-9_-]{43})")
			.matcher(text);
		assertThat(link.find()).isTrue();
		assertThat(link.group(1)).isEqualTo(task.getId());
		awaitMail("qm@gxp-bridge.test", key);
		// the requester and IT security are no candidates of this step and get nothing
		assertThat(messagesTo("owner@gxp-bridge.test", key)).isEmpty();
		assertThat(messagesTo("itsec@gxp-bridge.test", key)).isEmpty();

		assertThat(links.redeem(link.group(2), task.getId(), "reviewer", "127.0.0.1").outcome())
			.isEqualTo(TokenOutcome.VALID);
		assertThat(links.redeem(link.group(2), task.getId(), "reviewer", "127.0.0.1").outcome())
			.isEqualTo(TokenOutcome.ALREADY_USED);
		assertThat(securityEvents("MAIL_LINK_REFUSED", "reviewer", task.getId())).isPositive();
	}

	// --- item 3: reply to approve
	// ----------------------------------------------------------------------------------

	@Test
	void replyApproveCompletesTheStepAsTheTokensUserAndIsFiledOnce_andASecondReplyDoesNothing() throws Exception {
		String key = "ACK-" + shortId();
		Task task = startAcknowledgement(key);
		MimeMessage original = awaitMail("reviewer@gxp-bridge.test", key);
		String replyId = reply(original, "reviewer@gxp-bridge.test",
				"APPROVE Read and understood.\n\nOn Monday GxP Bridge wrote:\n> old", Map.of());

		await("task completed by reply", () -> tasks.createTaskQuery().taskId(task.getId()).count() == 0);
		var done = history.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult();
		assertThat(done.getAssignee()).isEqualTo("reviewer");
		assertThat(history.createHistoricProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult()
			.getEndActivityId()).isEqualTo(DocumentAcknowledgementModel.END_ACKNOWLEDGED);
		assertThat(history.createHistoricVariableInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.variableName(DocumentAcknowledgementModel.VAR_COMMENT)
			.singleResult()
			.getValue()).isEqualTo("Read and understood.");
		assertThat(awaitAnswerTo("reviewer@gxp-bridge.test", replyId))
			.contains("was completed with your answer APPROVE");
		assertThat(replyOutcome(replyId)).isEqualTo("COMPLETED");
		await("reply filed out of the inbox", () -> imapCount("INBOX") == 0 && imapCount("GxP-Processed") >= 1);

		String second = reply(original, "reviewer@gxp-bridge.test", "REJECT changed my mind", Map.of());
		assertThat(awaitAnswerTo("reviewer@gxp-bridge.test", second)).contains("already answered");
		assertThat(replyOutcome(second)).isEqualTo("TOKEN_USED");
		assertThat(history.createHistoricProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult()
			.getEndActivityId()).isEqualTo(DocumentAcknowledgementModel.END_ACKNOWLEDGED);
	}

	@Test
	void replyRejectRoutesTheObjectionToTheQualityManagerWhoIsMailed() throws Exception {
		String key = "ACK-" + shortId();
		Task task = startAcknowledgement(key);
		MimeMessage original = awaitMail("approver@gxp-bridge.test", key);
		reply(original, "Approver <APPROVER@gxp-bridge.test>", "reject\nSection 4 contradicts SOP-7.", Map.of());
		await("objection raised",
				() -> tasks.createTaskQuery()
					.processInstanceId(task.getProcessInstanceId())
					.taskDefinitionKey(DocumentAcknowledgementModel.TASK_RESOLVE_OBJECTION)
					.count() == 1);
		assertThat(history.createHistoricVariableInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.variableName(DocumentAcknowledgementModel.VAR_COMMENT)
			.singleResult()
			.getValue()).isEqualTo("Section 4 contradicts SOP-7.");
		assertThat(plainText(awaitMail("qm@gxp-bridge.test", "Resolve objection (" + key)))
			.contains("Resolve objection", key);
	}

	@Test
	void forgedSenderCompletesNothingIsAnsweredRecordedAndAlertsItSecurity() throws Exception {
		String key = "ACK-" + shortId();
		Task task = startAcknowledgement(key);
		MimeMessage original = awaitMail("reviewer@gxp-bridge.test", key);
		String replyId = reply(original, "mallory@evil.test", "APPROVE", Map.of());
		assertThat(awaitAnswerTo("mallory@evil.test", replyId)).contains("not the one this task e-mail was sent to");
		assertThat(replyOutcome(replyId)).isEqualTo("FOREIGN_SENDER");
		assertThat(jdbc.queryForObject(
				"select count(*) from gxp_security_event where event_type = 'MAIL_REPLY_REFUSED' and user_id = 'unknown'"
						+ " and alert = true and detail like ?",
				Integer.class, "%mallory@evil.test%" + task.getId() + "%reference issued to reviewer%"))
			.isEqualTo(1);
		assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
		await("IT security alerted", () -> messagesTo("itsec@gxp-bridge.test", "MAIL_REPLY_REFUSED").size() > 0);
	}

	@Test
	void replyForATaskSinceClaimedBySomeoneElseIsRefusedByTheEngineGuardAndLeavesTheTokenUnused_CHK15()
			throws Exception {
		String key = "ACK-" + shortId();
		Task task = startAcknowledgement(key);
		MimeMessage original = awaitMail("reviewer@gxp-bridge.test", key);
		workflow.runAs("approver", () -> {
			tasks.claim(task.getId(), "approver");
			return null;
		});
		String replyId = reply(original, "reviewer@gxp-bridge.test", "APPROVE", Map.of());
		assertThat(awaitAnswerTo("reviewer@gxp-bridge.test", replyId)).contains("was not accepted",
				"assigned to 'approver'");
		assertThat(replyOutcome(replyId)).isEqualTo("REFUSED_BY_ENGINE");
		assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("approver");
		assertThat(jdbc.queryForObject("select count(*) from gxp_mail_link where task_id = ? and used_at is not null",
				Integer.class, task.getId()))
			.isZero();
	}

	@Test
	void autoReplyCompletesNothingAndIsNotAnswered() throws Exception {
		String key = "ACK-" + shortId();
		Task task = startAcknowledgement(key);
		MimeMessage original = awaitMail("reviewer@gxp-bridge.test", key);
		String replyId = reply(original, "reviewer@gxp-bridge.test", "APPROVE\nI am out of office.",
				Map.of("Auto-Submitted", "auto-replied"));
		String xAuto = reply(original, "reviewer@gxp-bridge.test", "APPROVE", Map.of("X-Autoreply", "yes"));
		await("auto-replies recorded", () -> replyOutcome(replyId) != null && replyOutcome(xAuto) != null);
		assertThat(replyOutcome(replyId)).isEqualTo("AUTO_REPLY");
		assertThat(replyOutcome(xAuto)).isEqualTo("AUTO_REPLY");
		assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from gxp_mail_outbox where in_reply_to in (?, ?)",
				Integer.class, replyId, xAuto))
			.as("no answer to an auto-reply: that is how mail loops start")
			.isZero();
	}

	@Test
	void replyToASigningStepCompletesNothingAndAnswersWithTheSigningLink() throws Exception {
		String key = "SOP-" + shortId();
		ProcessStarted started = workflow.start(DocumentApprovalModel.PROCESS_KEY, key,
				Map.of(DocumentApprovalModel.VAR_DOCUMENT_NUMBER, key, DocumentApprovalModel.VAR_TITLE, "Cleaning",
						DocumentApprovalModel.VAR_VERSION, "1.0", DocumentApprovalModel.VAR_CHANGE_SUMMARY, "new"),
				"owner");
		Task review = tasks.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult();
		MimeMessage original = awaitMail("reviewer@gxp-bridge.test", key);
		assertThat(plainText(original)).contains("signing steps ask for your password")
			.doesNotContain("write APPROVE or REJECT");
		String replyId = reply(original, "reviewer@gxp-bridge.test", "APPROVE", Map.of());
		String answer = awaitAnswerTo("reviewer@gxp-bridge.test", replyId);
		assertThat(answer).contains("signing step (REVIEWED)", BASE_URL + "/inbox/tasks/" + review.getId() + "?token=");
		assertThat(replyOutcome(replyId)).isEqualTo("SIGNING_STEP");
		assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);
		assertThat(securityEvents("MAIL_REPLY_REFUSED", "reviewer", review.getId())).isPositive();
	}

	@Test
	void repliesWithoutReferenceWithAForgedTokenOrForAFinishedTaskCompleteNothing() throws Exception {
		String noReference = send("reviewer@gxp-bridge.test", "Re: the SOP", "APPROVE", Map.of());
		assertThat(awaitAnswerTo("reviewer@gxp-bridge.test", noReference)).contains("no task reference");
		String forged = send("reviewer@gxp-bridge.test", "Re: [GxP-Bridge #" + "A".repeat(43) + "] New task", "APPROVE",
				Map.of());
		assertThat(awaitAnswerTo("reviewer@gxp-bridge.test", forged)).contains("not valid");
		assertThat(replyOutcome(forged)).isEqualTo("UNKNOWN_TOKEN");
		String spam = send("spammer@junk.test", "Cheap pills", "APPROVE", Map.of());

		String key = "ACK-" + shortId();
		Task task = startAcknowledgement(key);
		MimeMessage toReviewer = awaitMail("reviewer@gxp-bridge.test", key);
		workflow.runAs("approver", () -> {
			tasks.claim(task.getId(), "approver");
			tasks.complete(task.getId(),
					Map.of(DocumentAcknowledgementModel.VAR_OUTCOME, DocumentAcknowledgementModel.ACKNOWLEDGED));
			return null;
		});
		String late = reply(toReviewer, "reviewer@gxp-bridge.test", "REJECT", Map.of());
		assertThat(awaitAnswerTo("reviewer@gxp-bridge.test", late)).contains("already done");
		assertThat(replyOutcome(late)).isEqualTo("TASK_DONE");
		assertThat(history.createHistoricProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult()
			.getEndActivityId()).isEqualTo(DocumentAcknowledgementModel.END_ACKNOWLEDGED);
		assertThat(replyOutcome(spam)).as("recorded").isEqualTo("NO_REFERENCE");
		assertThat(answersTo("spammer@junk.test", spam)).as("strangers get no answer (no backscatter)").isEmpty();
	}

	// --- item 4: reminders and escalation
	// --------------------------------------------------------------------------

	@Test
	void remindsCandidatesOnceBeforeTheDueDateAndEscalatesOnceToTheManagerAfterIt() throws Exception {
		String key = "ACK-" + shortId();
		Task task = startAcknowledgement(key);
		awaitMail("reviewer@gxp-bridge.test", key);
		tasks.setDueDate(task.getId(), Date.from(Instant.now().plus(Duration.ofHours(2))));
		await("reminder",
				() -> messagesTo("reviewer@gxp-bridge.test", "Reminder: Acknowledge document (" + key).size() == 1);
		tasks.setDueDate(task.getId(), Date.from(Instant.now().minus(Duration.ofHours(1))));
		await("escalation",
				() -> messagesTo("qm@gxp-bridge.test", "Escalation: Acknowledge document (" + key).size() == 1);
		awaitNoticeScans(3);
		assertThat(messagesTo("reviewer@gxp-bridge.test", "Reminder: Acknowledge document (" + key)).hasSize(1);
		assertThat(messagesTo("qm@gxp-bridge.test", "Escalation: Acknowledge document (" + key)).hasSize(1);
		assertThat(plainText(messagesTo("qm@gxp-bridge.test", "Escalation: Acknowledge document (" + key).get(0)))
			.contains("overdue");
	}

	// --- item 5: outages
	// -------------------------------------------------------------------------------------------

	@Test
	void smtpOutageNeitherBlocksNorRollsBackWorkAndTheMailFollowsWhenSmtpIsBack() throws Exception {
		mail.stop();
		String key = "ACK-" + shortId();
		Task task;
		try {
			task = startAcknowledgement(key);
			assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
			await("failed attempts visible to administrators", () -> {
				var rows = Http.as(port, "admin").get("/api/admin/mail/outbox?taskId=" + task.getId()).json();
				return rows.size() == 3 && rows.get(0).get("status").asText().equals("PENDING")
						&& rows.get(0).get("attempts").asInt() >= 1 && !rows.get(0).get("lastError").asText().isBlank();
			});
		}
		finally {
			mail = startMail();
		}
		awaitMail("reviewer@gxp-bridge.test", key);
		await("outbox rows sent",
				() -> jdbc.queryForObject("select count(*) from gxp_mail_outbox where task_id = ? and status = 'SENT'",
						Integer.class, task.getId()) == 3);
		assertThat(jdbc.queryForObject(
				"select count(*) from gxp_mail_outbox where task_id = ? and (text_body is not null or subject like '%#%'"
						+ " and subject not like '%#…%')",
				Integer.class, task.getId()))
			.as("sent rows keep no token")
			.isZero();
	}

	// --- helpers
	// ---------------------------------------------------------------------------------------------------

	Task startAcknowledgement(String key) {
		ProcessStarted started = workflow.start(DocumentAcknowledgementModel.PROCESS_KEY, key,
				Map.of(DocumentAcknowledgementModel.VAR_DOCUMENT_NUMBER, key, DocumentAcknowledgementModel.VAR_TITLE,
						"Gowning"),
				"owner");
		return tasks.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult();
	}

	/**
	 * Sends a reply over SMTP to the approvals mailbox, as a mail client would; returns
	 * its Message-ID.
	 */
	String reply(MimeMessage original, String from, String body, Map<String, String> headers) throws Exception {
		// a mail client quotes the original below the answer, reference line included
		String quoted = plainText(original).lines().map(l -> "> " + l).reduce("", (a, b) -> a + b + "\n");
		return send(from, "Re: " + original.getSubject(), body + "\n\n" + quoted, headers);
	}

	String send(String from, String subject, String body, Map<String, String> headers) throws Exception {
		Properties props = new Properties();
		props.put("mail.smtp.host", "127.0.0.1");
		props.put("mail.smtp.port", String.valueOf(SMTP_PORT));
		MimeMessage message = new MimeMessage(Session.getInstance(props));
		message.setSubject(subject, "UTF-8");
		message.setFrom(new InternetAddress(from));
		message.setRecipients(Message.RecipientType.TO, APPROVALS);
		message.setText(body, "UTF-8");
		for (var header : headers.entrySet()) {
			message.setHeader(header.getKey(), header.getValue());
		}
		message.saveChanges();
		Transport.send(message);
		return message.getMessageID();
	}

	MimeMessage awaitMail(String to, String subjectPart) {
		await("mail to " + to + " about " + subjectPart, () -> !messagesTo(to, subjectPart).isEmpty());
		return messagesTo(to, subjectPart).get(0);
	}

	String awaitAnswerTo(String to, String replyId) throws Exception {
		await("answer to " + replyId, () -> answersTo(to, replyId).size() == 1);
		return plainText(answersTo(to, replyId).get(0));
	}

	List<MimeMessage> answersTo(String to, String replyId) {
		return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
			try {
				return isTo(m, to) && replyId.equals(m.getHeader("In-Reply-To", null));
			}
			catch (Exception e) {
				return false;
			}
		}).toList();
	}

	List<MimeMessage> messagesTo(String to, String subjectPart) {
		return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
			try {
				return isTo(m, to) && m.getSubject() != null && m.getSubject().contains(subjectPart);
			}
			catch (Exception e) {
				return false;
			}
		}).toList();
	}

	static boolean isTo(MimeMessage m, String to) throws Exception {
		return m.getAllRecipients() != null && Arrays.stream(m.getAllRecipients())
			.anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(to));
	}

	String replyOutcome(String messageId) {
		return jdbc
			.query("select outcome from gxp_mail_reply where message_id = ?", (rs, n) -> rs.getString(1), messageId)
			.stream()
			.findFirst()
			.orElse(null);
	}

	int securityEvents(String type, String user, String taskId) {
		return jdbc.queryForObject(
				"select count(*) from gxp_security_event where event_type = ? and user_id = ? and detail like ?",
				Integer.class, type, user, "%" + taskId + "%");
	}

	int imapCount(String folder) throws Exception {
		Store store = Session.getInstance(new Properties()).getStore("imap");
		store.connect("127.0.0.1", IMAP_PORT, "approvals", "approvals-secret");
		try (store) {
			Folder f = store.getFolder(folder);
			if (!f.exists()) {
				return 0;
			}
			f.open(Folder.READ_ONLY);
			try {
				return (int) Arrays.stream(f.getMessages()).filter(m -> {
					try {
						return !m.isSet(Flags.Flag.DELETED);
					}
					catch (Exception e) {
						return false;
					}
				}).count();
			}
			finally {
				f.close(false);
			}
		}
	}

	/**
	 * Waits until the due-date scan has certainly run a few more times (it runs every 300
	 * ms).
	 */
	static void awaitNoticeScans(int scans) throws InterruptedException {
		Thread.sleep(300L * (scans + 1));
	}

	static String plainText(MimeMessage m) throws Exception {
		Object content = m.getContent();
		if (content instanceof String s) {
			return s;
		}
		return part((MimeMultipart) content, "text/plain");
	}

	static String htmlOf(MimeMessage m) throws Exception {
		return part((MimeMultipart) m.getContent(), "text/html");
	}

	static String part(MimeMultipart multipart, String type) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			var part = multipart.getBodyPart(i);
			if (part.isMimeType(type)) {
				return String.valueOf(part.getContent());
			}
			if (part.getContent() instanceof MimeMultipart nested) {
				String found = part(nested, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	static void await(String what, CheckedSupplier condition) {
		Instant deadline = Instant.now().plus(DEADLINE);
		while (true) {
			try {
				if (condition.get()) {
					return;
				}
			}
			catch (Exception e) {
				// not there yet
			}
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Timed out waiting for: " + what);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}

	interface CheckedSupplier {

		boolean get() throws Exception;

	}

	static String shortId() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	// --- issue 6 end to end in the browser: e-mail → link → login → sign; the same link
	// again is refused -------------

	@Test
	@Verifies({ "P11-10d", "URS-13" })
	void theMailedLinkOpensTheTaskOnceAndTheReviewerSignsIt_CHK08() throws Exception {
		String key = "SOP-MAIL-" + shortId();
		String pi = workflow
			.start(DocumentApprovalModel.PROCESS_KEY, key,
					Map.of(DocumentApprovalModel.VAR_DOCUMENT_NUMBER, key, DocumentApprovalModel.VAR_TITLE,
							"Mailed SOP", DocumentApprovalModel.VAR_VERSION, "1.0",
							DocumentApprovalModel.VAR_CHANGE_SUMMARY, "first issue"),
					"owner")
			.processInstanceId();
		String text = plainText(awaitMail("reviewer@gxp-bridge.test", key));
		Matcher link = Pattern.compile(Pattern.quote(BASE_URL) + "(/inbox/tasks/[^?\\s]+\\?token=[A-Za-z0-9_-]{43})")
			.matcher(text);
		assertThat(link.find()).as(text).isTrue();
		String path = link.group(1);
		try (Browser browser = new Browser(port)) {
			WebDriver d = browser.open(path).driver();
			assertThat(browser.awaitUrlContaining("/login")).as("the link still requires login").endsWith("/login");
			d.findElement(By.id("username")).sendKeys("reviewer");
			d.findElement(By.id("password")).sendKeys(Http.DEMO_PASSWORD);
			d.findElement(By.id("sign-in")).click();
			// the login finishes before the next page opens (a page opened while its POST
			// is
			// under way aborts it)
			new WebDriverWait(d, Duration.ofSeconds(15)).until(x -> !x.getCurrentUrl().contains("/login"));
			assertThat(d.findElement(By.id("task-name")).getText()).isEqualTo("Review document");
			assertThat(d.getCurrentUrl()).as("token used up and dropped from the address")
				.doesNotContain("token=")
				.contains("/inbox/tasks/");
			d.findElement(By.id("claim")).click();
			browser.field("reviewOutcome").choose("ACCEPTED");
			d.findElement(By.id("sign-password")).sendKeys(Http.DEMO_PASSWORD);
			d.findElement(By.id("sign")).click();
			assertThat(browser.awaitText("info", "Signed as REVIEWED by Demo Reviewer"))
				.contains("Signed as REVIEWED by Demo Reviewer");
			browser.screenshot("mail-link-signed");

			browser.open(path);
			assertThat(d.findElement(By.id("link-outcome")).getText()).isEqualTo("ALREADY_USED");
			browser.open(path.replaceAll("token=.*", "token=forged-forged-forged-forged-forged-forged-forg"));
			assertThat(d.findElement(By.id("link-outcome")).getText()).isEqualTo("UNKNOWN");
			browser.screenshot("mail-link-refused");
		}
		assertThat(tasks.createTaskQuery().processInstanceId(pi).singleResult().getTaskDefinitionKey())
			.isEqualTo(DocumentApprovalModel.TASK_APPROVE);
		assertThat(jdbc.queryForObject(
				"select count(*) from gxp_security_event where event_type = 'MAIL_LINK_REFUSED' and user_id = 'reviewer'"
						+ " and detail like '%UNKNOWN%'",
				Integer.class))
			.isPositive();
	}

}
