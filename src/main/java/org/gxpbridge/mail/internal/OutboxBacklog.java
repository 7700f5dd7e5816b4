package org.gxpbridge.mail.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * What waits in the outbox, for the {@code gxp.mail.outbox.*} meters and the {@code mail}
 * health component (issue 16). Read from the shared table, so every node of a cluster
 * reports the same backlog.
 */
@Component
class OutboxBacklog {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ObjectProvider<JavaMailSender> smtp;

	private final Settings settings;

	OutboxBacklog(JdbcTemplate jdbc, Clock clock, ObjectProvider<JavaMailSender> smtp, Settings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.smtp = smtp;
		this.settings = settings;
	}

	Snapshot now() {
		Instant now = clock.instant();
		return jdbc.queryForObject(
				"select count(*) as pending, min(created_at) as oldest, "
						+ "(select count(*) from gxp_mail_outbox where status = ?) as failed "
						+ "from gxp_mail_outbox where status = ?",
				(rs, n) -> new Snapshot(now, rs.getLong("pending"), Sql.instant(rs, "oldest"), rs.getLong("failed")),
				MailOutbox.FAILED, MailOutbox.PENDING);
	}

	/** Without {@code spring.mail.host} mail waits by design (docs/operations.md). */
	boolean smtpConfigured() {
		return smtp.getIfAvailable() != null;
	}

	Duration maxPendingAge() {
		return settings.maxPendingAge();
	}

	/**
	 * @param pending mails not yet sent (first attempt or retrying)
	 * @param oldestPending when the oldest of them was queued, null when none waits
	 * @param failed mails given up after their last attempt
	 */
	record Snapshot(Instant at, long pending, Instant oldestPending, long failed) {

		Duration oldestPendingAge() {
			return oldestPending == null ? Duration.ZERO : Duration.between(oldestPending, at);
		}

	}

	/**
	 * {@code gxp.operations.mail.*}.
	 *
	 * @param maxPendingAge a mail waiting longer than this while SMTP is configured turns
	 * the {@code mail} health component to WARN
	 */
	@ConfigurationProperties("gxp.operations.mail")
	record Settings(Duration maxPendingAge) {

		Settings {
			maxPendingAge = maxPendingAge == null ? Duration.ofMinutes(15) : maxPendingAge;
		}
	}

}
