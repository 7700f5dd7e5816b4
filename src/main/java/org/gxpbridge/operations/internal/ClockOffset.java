package org.gxpbridge.operations.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Measures how far the database's clock is from the server's (CHK-05). Records are
 * stamped by the server's clock, while the database's clock runs its own defaults and
 * timestamps; two nodes whose clocks disagree with the same database give records out of
 * order. The server's time is taken as the middle of the round trip, so the measurement
 * is exact to half the round trip, which is reported with it.
 */
@Component
class ClockOffset {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ClockOffset(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Measurement measure() {
		Instant before = clock.instant();
		long started = System.nanoTime();
		// current_timestamp: H2 and PostgreSQL alike; outside a transaction it is the
		// time of this statement
		OffsetDateTime database = jdbc.queryForObject("select current_timestamp", OffsetDateTime.class);
		Duration roundTrip = Duration.ofNanos(System.nanoTime() - started);
		Instant server = before.plus(roundTrip.dividedBy(2));
		return new Measurement(server, database.toInstant(), Duration.between(server, database.toInstant()), roundTrip);
	}

	/** {@code offset} is positive when the database's clock is ahead. */
	record Measurement(Instant server, Instant database, Duration offset, Duration roundTrip) {
	}

}
