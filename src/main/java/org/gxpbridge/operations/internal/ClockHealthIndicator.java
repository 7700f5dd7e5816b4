package org.gxpbridge.operations.internal;

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

	ClockHealthIndicator(ClockOffset clocks, OperationsSettings settings) {
		this.clocks = clocks;
		this.settings = settings;
	}

	@Override
	public Health health() {
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
