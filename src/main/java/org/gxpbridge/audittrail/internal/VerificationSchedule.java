package org.gxpbridge.audittrail.internal;

import java.time.Instant;

import org.gxpbridge.audittrail.AuditSettings;
import org.gxpbridge.audittrail.VerificationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The scheduled verification ({@code gxp.audit.verify-cron}, nightly by default):
 * incremental from the last verified, signed checkpoint, and a full walk instead when the
 * last intact full walk is older than {@code gxp.audit.full-walk-every} (weekly by
 * default) or none ran yet. A broken ledger is logged as an error; the report is in the
 * ledger's verification record only when intact (P11-10a, CHK-04).
 */
@Configuration
@ConditionalOnWebApplication
class VerificationSchedule {

	private static final Logger log = LoggerFactory.getLogger(VerificationSchedule.class);

	private final LedgerVerifier verifier;

	private final VerifiedCheckpoints verified;

	private final AuditSettings settings;

	private final LedgerWriter writer;

	VerificationSchedule(LedgerVerifier verifier, VerifiedCheckpoints verified, AuditSettings settings,
			LedgerWriter writer) {
		this.verifier = verifier;
		this.verified = verified;
		this.settings = settings;
		this.writer = writer;
	}

	@Scheduled(cron = "${gxp.audit.verify-cron:0 30 2 * * *}")
	void verifyNightly() {
		try {
			VerificationReport r = verifier.verify(fullWalkDue(), "schedule");
			if (r.intact()) {
				log.info("Scheduled audit ledger verification: {}", r.describe());
			}
			else {
				log.error("Scheduled audit ledger verification: {}", r.describe());
			}
		}
		catch (RuntimeException e) {
			log.error("Scheduled audit ledger verification failed to run; it runs again at the next schedule", e);
		}
	}

	boolean fullWalkDue() {
		Instant last = verified.lastFullWalk();
		return last == null || !last.plus(settings.fullWalkEvery()).isAfter(writer.now());
	}

}
