package org.gxpbridge.audittrail.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.gxpbridge.audittrail.AuditSettings;
import org.gxpbridge.shared.DatabaseOutages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Seals at least every {@code seal-interval} and as soon as {@code seal-every-entries}
 * entries were appended. Only the running server seals; the {@code audit verify} command
 * only reads.
 */
@Configuration
@EnableScheduling
@ConditionalOnWebApplication
class SealSchedule {

	private static final Logger log = LoggerFactory.getLogger(SealSchedule.class);

	private final LedgerSealer sealer;

	private final AuditSettings settings;

	private final AtomicLong appended = new AtomicLong();

	private final AtomicBoolean pending = new AtomicBoolean();

	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "gxp-audit-sealer");
		t.setDaemon(true);
		return t;
	});

	private final DatabaseOutages outages;

	SealSchedule(LedgerSealer sealer, AuditSettings settings, LedgerWriter writer, DatabaseOutages outages) {
		this.sealer = sealer;
		this.outages = outages;
		this.settings = settings;
		writer.onAppended(this::appended);
	}

	@Scheduled(fixedDelayString = "${gxp.audit.seal-interval:5s}", initialDelayString = "${gxp.audit.seal-interval:5s}")
	void sealPeriodically() {
		seal();
	}

	private void appended(int entries) {
		if (appended.addAndGet(entries) >= settings.sealEveryEntries() && pending.compareAndSet(false, true)) {
			appended.set(0);
			worker.execute(() -> {
				pending.set(false);
				seal();
			});
		}
	}

	private void seal() {
		try {
			sealer.sealIfFree();
		}
		catch (RuntimeException e) {
			if (outages.record(e, "the audit sealer", false)) {
				// the entries wait, unsealed, in the ledger; the next interval after the
				// database is back seals them
				return;
			}
			log.warn("Sealing the audit ledger failed; it is retried at the next interval", e);
		}
	}

}
