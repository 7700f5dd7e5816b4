package org.gxpbridge.audittrail.internal;

import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * {@code gxp.ledger.unsealed} (entries awaiting their seal),
 * {@code gxp.ledger.unsealed.oldest.age} and {@code gxp.ledger.checkpoint.age} (seconds;
 * NaN before the first checkpoint). Read from the ledger's tables at each scrape, so
 * every node of a cluster reports the same shared ledger.
 */
@Component
class LedgerMeters implements MeterBinder {

	private final SealerLag lag;

	LedgerMeters(SealerLag lag) {
		this.lag = lag;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("gxp.ledger.unsealed", lag, l -> l.now().unsealed())
			.description("Audit ledger entries not yet sealed into the hash chain")
			.register(registry);
		Gauge.builder("gxp.ledger.unsealed.oldest.age", lag, l -> seconds(l.now().oldestUnsealedAge()))
			.description("Age of the oldest audit entry awaiting its seal (0 when none waits)")
			.baseUnit("seconds")
			.register(registry);
		Gauge.builder("gxp.ledger.checkpoint.age", lag, l -> seconds(l.now().checkpointAge()))
			.description("Age of the newest signed ledger checkpoint")
			.baseUnit("seconds")
			.register(registry);
	}

	private static double seconds(Duration d) {
		return d == null ? Double.NaN : d.toMillis() / 1000.0;
	}

}
