package org.gxpbridge.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.gxpbridge.GxpBridgeApplication;
import org.gxpbridge.controls.DocumentAcknowledgementModel;
import org.gxpbridge.support.TestPorts;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Mail figures for docs/performance-mail.md (prints, asserts nothing): what the
 * engine-wide new-work listener adds to starting a process, how fast the outbox drains to
 * SMTP, and how long a reply takes to complete a task.
 * {@code ./mvnw -Pbench verify -Dtest=MailBenchmark}
 */
@SpringBootTest(classes = GxpBridgeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
@DirtiesContext
class MailBenchmark {

	static final int SMTP_PORT = TestPorts.free();
	static final int IMAP_PORT = TestPorts.free();
	static final GreenMail MAIL = new GreenMail(new ServerSetup[] { new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"),
			new ServerSetup(IMAP_PORT, "127.0.0.1", "imap") });

	static {
		MAIL.start();
		MAIL.setUser("approvals@gxp-bridge.test", "approvals", "approvals-secret");
	}

	@Autowired
	Workflow workflow;

	@Autowired
	TaskService tasks;

	@Autowired
	RepositoryService repository;

	@DynamicPropertySource
	static void mailSettings(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:gxp-mail-bench;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("gxp.mail.outbox.send-interval", () -> "100ms");
		registry.add("gxp.mail.imap.enabled", () -> "true");
		registry.add("gxp.mail.imap.protocol", () -> "imap");
		registry.add("gxp.mail.imap.host", () -> "127.0.0.1");
		registry.add("gxp.mail.imap.port", () -> IMAP_PORT);
		registry.add("gxp.mail.imap.user", () -> "approvals");
		registry.add("gxp.mail.imap.password", () -> "approvals-secret");
		registry.add("gxp.mail.imap.poll-interval", () -> "200ms");
	}

	@AfterAll
	static void stop() {
		MAIL.stop();
	}

	@Test
	void measure() throws Exception {
		// the same one-task process twice: candidates nobody has (no mail) and
		// REVIEWER,APPROVER (3 people, 3 mails)
		for (String[] p : new String[][] { { "BenchNoMailProcess", "NOBODY" },
				{ "BenchMailProcess", "REVIEWER,APPROVER" } }) {
			repository.createDeployment()
				.addModelInstance(p[0] + ".bpmn",
						Bpmn.createExecutableProcess(p[0])
							.camundaHistoryTimeToLive(1)
							.startEvent()
							.userTask("Task_Bench")
							.name("Bench task")
							.camundaCandidateGroups(p[1])
							.endEvent()
							.done())
				.deploy();
		}
		int n = 300;
		run("BenchNoMailProcess", 50);
		run("BenchMailProcess", 50);
		List<Long> without = run("BenchNoMailProcess", n);
		long drainStart = System.nanoTime();
		List<Long> with = run("BenchMailProcess", n);
		System.out.printf("BENCH start, no recipients:   p50 %.1f ms  p95 %.1f ms  (n=%d)%n", p(without, 50),
				p(without, 95), n);
		System.out.printf("BENCH start, 3 recipients:    p50 %.1f ms  p95 %.1f ms  (n=%d)%n", p(with, 50), p(with, 95),
				n);
		long expected = 3L * (n + 50); // with the warm-up's mails
		while (benchMails() < expected && System.nanoTime() - drainStart < 120_000_000_000L) {
			Thread.sleep(50);
		}
		double seconds = (System.nanoTime() - drainStart) / 1e9;
		System.out.printf(
				"BENCH outbox: %d of %d mails delivered over SMTP %.1f s after the timed starts began (starts and sending overlap)%n",
				benchMails(), expected, seconds);

		List<Long> replies = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			var started = workflow.start(DocumentAcknowledgementModel.PROCESS_KEY, "BENCH-" + i, Map.of(), "owner");
			String taskId = tasks.createTaskQuery()
				.processInstanceId(started.processInstanceId())
				.singleResult()
				.getId();
			MimeMessage original = null;
			while (original == null) {
				original = Arrays.stream(MAIL.getReceivedMessages())
					.filter(m -> subject(m).endsWith("(" + started.businessKey() + ")")
							&& to(m).equals("reviewer@gxp-bridge.test"))
					.findFirst()
					.orElse(null);
				Thread.sleep(20);
			}
			long t0 = System.nanoTime();
			send("Re: " + original.getSubject());
			while (tasks.createTaskQuery().taskId(taskId).count() > 0 && System.nanoTime() - t0 < 30_000_000_000L) {
				Thread.sleep(10);
			}
			replies.add(System.nanoTime() - t0);
		}
		System.out.printf(
				"BENCH reply APPROVE -> task completed (poll every 200 ms): p50 %.0f ms  p95 %.0f ms  (n=20)%n",
				p(replies, 50), p(replies, 95));
	}

	static long benchMails() {
		return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> subject(m).contains("Bench task")).count();
	}

	List<Long> run(String key, int n) {
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			long t0 = System.nanoTime();
			workflow.start(key, key + "-" + i, Map.of(), "owner");
			times.add(System.nanoTime() - t0);
		}
		return times;
	}

	static double p(List<Long> nanos, int percentile) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1)) / 1e6;
	}

	static String subject(MimeMessage m) {
		try {
			return String.valueOf(m.getSubject());
		}
		catch (Exception e) {
			return "";
		}
	}

	static String to(MimeMessage m) {
		try {
			return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
		}
		catch (Exception e) {
			return "";
		}
	}

	static void send(String subject) throws Exception {
		Properties props = new Properties();
		props.put("mail.smtp.host", "127.0.0.1");
		props.put("mail.smtp.port", String.valueOf(SMTP_PORT));
		MimeMessage message = new MimeMessage(Session.getInstance(props));
		message.setFrom(new InternetAddress("reviewer@gxp-bridge.test"));
		message.setRecipients(Message.RecipientType.TO, "approvals@gxp-bridge.test");
		message.setSubject(subject);
		message.setText("APPROVE\n");
		Transport.send(message);
	}

}
