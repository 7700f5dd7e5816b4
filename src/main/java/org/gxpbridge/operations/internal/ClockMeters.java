package org.gxpbridge.operations.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * {@code gxp.clock.offset}: the database's clock minus the server's, in seconds, measured
 * at each scrape (CHK-05), so an alert can watch the drift and not only the health
 * threshold.
 */
@Component
class ClockMeters implements MeterBinder {

	private final ClockOffset clocks;

	ClockMeters(ClockOffset clocks) {
		this.clocks = clocks;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("gxp.clock.offset", clocks, c -> c.measure().offset().toNanos() / 1e9)
			.description("Database clock minus server clock (CHK-05)")
			.baseUnit("seconds")
			.register(registry);
	}

}
