package org.gxpbridge.mail.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledFuture;

import org.gxpbridge.mail.MailSettings;
import org.gxpbridge.shared.DatabaseOutages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Runs the outbox sender, the due-date scan and the IMAP poller on the module's own small
 * scheduler (not a global {@code @EnableScheduling}), started after the context is ready
 * and stopped before it closes.
 */
@Component
class MailJobs implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MailJobs.class);

	private final OutboxSender sender;

	private final ImapPoller poller;

	private final DueDateScan scan;

	private final MailSettings settings;

	private final List<ScheduledFuture<?>> futures = new ArrayList<>();

	private ThreadPoolTaskScheduler scheduler;

	private final DatabaseOutages outages;

	MailJobs(OutboxSender sender, ImapPoller poller, DueDateScan scan, MailSettings settings, DatabaseOutages outages) {
		this.sender = sender;
		this.outages = outages;
		this.poller = poller;
		this.scan = scan;
		this.settings = settings;
	}

	@Override
	public synchronized void start() {
		scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(2);
		scheduler.setThreadNamePrefix("gxp-mail-");
		scheduler.setDaemon(true);
		scheduler.initialize();
		every(settings.outbox().sendInterval(), "outbox", sender::sendDue);
		every(settings.scanInterval(), "due-date scan", scan::scan);
		if (settings.imap().enabled()) {
			every(settings.imap().pollInterval(), "IMAP poll", poller::poll);
		}
	}

	private void every(Duration interval, String name, Callable<?> job) {
		futures.add(scheduler.scheduleWithFixedDelay(() -> {
			try {
				job.call();
			}
			catch (Exception e) {
				// an outage of SMTP/IMAP or the database: the next run tries again; a
				// database outage is logged once for the whole server
				if (outages.record(e, "mail " + name, false)) {
					return;
				}
				log.warn("Mail {} failed: {}", name, e.toString());
			}
		}, Instant.now().plus(interval), interval));
	}

	@Override
	public synchronized void stop() {
		futures.forEach(f -> f.cancel(false));
		futures.clear();
		if (scheduler != null) {
			scheduler.shutdown();
			scheduler = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return scheduler != null;
	}

}
