package org.gxpbridge.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.gxpbridge.mail.MailSettings;
import org.gxpbridge.support.GxpServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Retries and giving up (issue 6 item 5), against a real SMTP client pointed at a port
 * where nothing listens: each failure is counted with its error and a growing wait; after
 * the last attempt the mail is FAILED and keeps no body.
 */
@GxpServerTest
class OutboxSenderTests {

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailSettings settings;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void backoffDoublesFromTheInitialWaitUpToTheCap() {
		OutboxSender sender = sender(settings(3));
		assertThat(sender.backoff(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(sender.backoff(2)).isEqualTo(Duration.ofSeconds(60));
		assertThat(sender.backoff(4)).isEqualTo(Duration.ofSeconds(240));
		assertThat(sender.backoff(30)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void failedSendIsRetriedLaterAndAfterTheLastAttemptMarkedFailedWithoutItsBody() {
		String recipient = "retry-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
		outbox.enqueue(new OutgoingMail(MailKind.NEW_TASK, "task-x", "reviewer", recipient,
				"[GxP-Bridge #" + "T".repeat(43) + "] New task", "link token " + "T".repeat(43), "<p>html</p>", null));
		OutboxSender sender = sender(settings(2));
		// the shared test server queues mail from every test class (alerts, new tasks); a
		// batch holds 50, so the
		// backlog waits while this test watches its own mail
		jdbc.update("update gxp_mail_outbox set next_attempt_at = ? where status = 'PENDING' and recipient <> ?",
				Timestamp.from(Instant.now().plus(Duration.ofDays(1))), recipient);

		sender.sendDue();
		Map<String, Object> row = row(recipient);
		assertThat(row.get("status")).isEqualTo("PENDING");
		assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(1);
		assertThat((String) row.get("last_error")).isNotBlank();
		assertThat(((OffsetDateTime) row.get("next_attempt_at")).toInstant()).isAfter(Instant.now().plusSeconds(20));

		jdbc.update("update gxp_mail_outbox set next_attempt_at = created_at where recipient = ?", recipient);
		sender.sendDue();
		row = row(recipient);
		assertThat(row.get("status")).isEqualTo("FAILED");
		assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(2);
		assertThat(row.get("text_body")).isNull();
		assertThat((String) row.get("subject")).doesNotContain("T".repeat(43));
	}

	Map<String, Object> row(String recipient) {
		return jdbc.queryForMap(
				"select status, attempts, last_error, next_attempt_at, text_body, subject from gxp_mail_outbox where recipient = ?",
				recipient);
	}

	MailSettings settings(int maxAttempts) {
		return new MailSettings(null, "gxp@example.test", null, null, null, null, null,
				new MailSettings.Outbox(null, Duration.ofSeconds(30), maxAttempts, Duration.ofHours(1), null), null);
	}

	OutboxSender sender(MailSettings settings) {
		JavaMailSenderImpl smtp = new JavaMailSenderImpl();
		smtp.setHost("127.0.0.1");
		smtp.setPort(deadPort());
		StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("smtp", smtp));
		return new OutboxSender(outbox, beans.getBeanProvider(JavaMailSender.class), settings, Clock.systemUTC());
	}

	static int deadPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
