package org.gxpbridge.audittrail.internal;

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

	SealerHealthIndicator(SealerLag lag) {
		this.lag = lag;
	}

	@Override
	public Health health() {
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
