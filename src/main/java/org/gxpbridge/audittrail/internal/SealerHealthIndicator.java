package org.gxpbridge.audittrail.internal;

import org.gxpbridge.shared.DatabaseOutages;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code sealer} health component: UP while no audit entry has waited for its seal
 * longer than {@code gxp.operations.sealer.max-unsealed-age}, WARN beyond. Not DOWN:
 * entries are still captured and will be sealed once the sealer catches up; until then
 * they are not yet protected by the chain, which the operator must fix.
 */
@Component
class SealerHealthIndicator implements HealthIndicator {

	private static final Status WARN = new Status("WARN", "audit entries wait too long for their seal");

	private final SealerLag lag;

	private final DatabaseOutages outages;

	SealerHealthIndicator(SealerLag lag, DatabaseOutages outages) {
		this.lag = lag;
		this.outages = outages;
	}

	@Override
	public Health health() {
		if (outages.ongoing()) {
			// the database component says DOWN; asking the pool again would only make the
			// probe wait another connection timeout
			return Health.unknown().withDetail("database", "unreachable").build();
		}
		SealerLag.Snapshot s = lag.now();
		boolean behind = s.oldestUnsealedAge().compareTo(lag.maxUnsealedAge()) > 0;
		Health.Builder health = Health.status(behind ? WARN : Status.UP)
			.withDetail("unsealedEntries", s.unsealed())
			.withDetail("oldestUnsealedAgeSeconds", s.oldestUnsealedAge().toSeconds())
			.withDetail("warningAboveSeconds", lag.maxUnsealedAge().toSeconds());
		if (s.lastCheckpoint() != null) {
			health.withDetail("lastCheckpoint", s.lastCheckpoint().toString())
				.withDetail("lastCheckpointAgeSeconds", s.checkpointAge().toSeconds());
		}
		return health.build();
	}

}
