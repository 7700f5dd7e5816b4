package org.gxpbridge.audittrail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gxp.audit.*}. There is deliberately no setting that turns capture off (P11-10e,
 * CHK-03): these only tune how often the sealer chains and signs, and where the server's
 * checkpoint key lives.
 *
 * @param sealEveryEntries a checkpoint is written at least after this many new entries
 * @param sealInterval and at least this often while entries arrive
 * @param sealGrace how long a gap in the sequence may be an uncommitted transaction
 * before sealing passes it
 * @param keystore PKCS#12 file of the checkpoint key; generated on first start when
 * absent
 * @param keystorePassword from GXP_AUDIT_KEY_PASSWORD; the default is a demo/test value
 * only
 * @param watermarkInterval while no entries arrive, a signed high-water mark is still
 * written this often, so that a deleted tail cannot hide behind an old mark (every seal
 * writes one as well)
 * @param verifyCron when the scheduled verification runs (Spring cron, server time zone):
 * incremental, from the last verified signed checkpoint
 * @param fullWalkEvery the scheduled run walks the whole ledger instead when the last
 * intact full walk is older than this (default 7 days)
 */
@ConfigurationProperties("gxp.audit")
public record AuditSettings(int sealEveryEntries, Duration sealInterval, Duration sealGrace, String keystore,
		String keystorePassword, Duration watermarkInterval, String verifyCron, Duration fullWalkEvery) {

	public AuditSettings {
		sealEveryEntries = sealEveryEntries <= 0 ? 1000 : sealEveryEntries;
		sealInterval = sealInterval == null ? Duration.ofSeconds(5) : sealInterval;
		sealGrace = sealGrace == null ? Duration.ofSeconds(2) : sealGrace;
		keystore = keystore == null || keystore.isBlank() ? "./data/audit-key.p12" : keystore;
		keystorePassword = keystorePassword == null || keystorePassword.isEmpty() ? "gxp-demo-audit-key"
				: keystorePassword;
		watermarkInterval = watermarkInterval == null ? Duration.ofMinutes(1) : watermarkInterval;
		verifyCron = verifyCron == null || verifyCron.isBlank() ? "0 30 2 * * *" : verifyCron;
		fullWalkEvery = fullWalkEvery == null ? Duration.ofDays(7) : fullWalkEvery;
	}
}
