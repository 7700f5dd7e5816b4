package org.gxpbridge.mail.internal;

import org.gxpbridge.shared.DatabaseOutages;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code mail} health component, in place of Spring Boot's SMTP connection check
 * (off: an SMTP outage must not make the server look down, the outbox retries). UP while
 * no mail has waited longer than {@code gxp.operations.mail.max-pending-age}, WARN
 * beyond. Without an SMTP server configured mail waits by design, so the backlog is shown
 * but does not warn.
 */
@Component("mailHealthIndicator")
class MailHealthIndicator implements HealthIndicator {

	private static final Status WARN = new Status("WARN", "mail waits too long in the outbox");

	private final OutboxBacklog backlog;

	private final DatabaseOutages outages;

	MailHealthIndicator(OutboxBacklog backlog, DatabaseOutages outages) {
		this.backlog = backlog;
		this.outages = outages;
	}

	@Override
	public Health health() {
		if (outages.ongoing()) {
			// the database component says DOWN; asking the pool again would only make the
			// probe wait another connection timeout
			return Health.unknown().withDetail("database", "unreachable").build();
		}
		OutboxBacklog.Snapshot s = backlog.now();
		boolean smtp = backlog.smtpConfigured();
		boolean stuck = smtp && s.oldestPendingAge().compareTo(backlog.maxPendingAge()) > 0;
		return Health.status(stuck ? WARN : Status.UP)
			.withDetail("smtp", smtp ? "configured" : "not configured: mail waits in the outbox")
			.withDetail("pending", s.pending())
			.withDetail("oldestPendingAgeSeconds", s.oldestPendingAge().toSeconds())
			.withDetail("failed", s.failed())
			.withDetail("warningAboveSeconds", backlog.maxPendingAge().toSeconds())
			.build();
	}

}
