package org.gxpbridge.mail.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * {@code gxp.mail.outbox.pending} (mails not yet sent),
 * {@code gxp.mail.outbox.oldest.age} (seconds the oldest of them has waited) and
 * {@code gxp.mail.outbox.failed} (mails given up after their last attempt, listed at GET
 * /api/admin/mail/outbox).
 */
@Component
class OutboxMeters implements MeterBinder {

	private final OutboxBacklog backlog;

	OutboxMeters(OutboxBacklog backlog) {
		this.backlog = backlog;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("gxp.mail.outbox.pending", backlog, b -> b.now().pending())
			.description("Mails in the outbox not yet sent")
			.register(registry);
		Gauge.builder("gxp.mail.outbox.oldest.age", backlog, b -> b.now().oldestPendingAge().toMillis() / 1000.0)
			.description("How long the oldest unsent mail has waited (0 when none waits)")
			.baseUnit("seconds")
			.register(registry);
		Gauge.builder("gxp.mail.outbox.failed", backlog, b -> b.now().failed())
			.description("Mails given up after their last attempt")
			.register(registry);
	}

}
