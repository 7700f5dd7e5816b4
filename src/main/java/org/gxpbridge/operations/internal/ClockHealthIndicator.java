package org.gxpbridge.operations.internal;

import org.gxpbridge.shared.DatabaseOutages;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code clock} health component (CHK-05): UP while the server's and the database's
 * clocks agree within {@code gxp.operations.clock-skew-warning}, WARN beyond. Not DOWN:
 * the server still works and every time it stores comes from its own clock, but an
 * operator must correct the time source (NTP) before the records of two nodes or of
 * database defaults disagree.
 */
@Component
class ClockHealthIndicator implements HealthIndicator {

	static final Status WARN = new Status("WARN", "clock offset above gxp.operations.clock-skew-warning");

	private final ClockOffset clocks;

	private final OperationsSettings settings;

	private final DatabaseOutages outages;

	ClockHealthIndicator(ClockOffset clocks, OperationsSettings settings, DatabaseOutages outages) {
		this.clocks = clocks;
		this.outages = outages;
		this.settings = settings;
	}

	@Override
	public Health health() {
		if (outages.ongoing()) {
			// the database component says DOWN; asking the pool again would only make the
			// probe wait another connection timeout
			return Health.unknown().withDetail("database", "unreachable").build();
		}
		ClockOffset.Measurement m = clocks.measure();
		boolean skewed = m.offset().abs().compareTo(settings.clockSkewWarning()) > 0;
		return Health.status(skewed ? WARN : Status.UP)
			.withDetail("offsetMillis", m.offset().toMillis())
			.withDetail("uncertaintyMillis", m.roundTrip().dividedBy(2).toMillis())
			.withDetail("serverTime", m.server().toString())
			.withDetail("databaseTime", m.database().toString())
			.withDetail("warningAboveMillis", settings.clockSkewWarning().toMillis())
			.build();
	}

}
