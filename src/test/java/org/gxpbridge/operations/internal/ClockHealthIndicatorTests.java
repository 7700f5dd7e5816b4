package org.gxpbridge.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.gxpbridge.shared.DatabaseOutages;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * CHK-05: the clock component compares the server's clock with the database's and warns
 * above the setting. The server's clock is shifted here; the database is H2 in this JVM.
 */
class ClockHealthIndicatorTests {

	private final JdbcTemplate database = new JdbcTemplate(
			new DriverManagerDataSource("jdbc:h2:mem:clock-check;DB_CLOSE_DELAY=-1"));

	private Health healthWithServerClockShiftedBy(Duration shift, Duration warning) {
		Clock server = Clock.offset(Clock.systemUTC(), shift);
		return new ClockHealthIndicator(new ClockOffset(database, server), new OperationsSettings(warning, null),
				new DatabaseOutages())
			.health();
	}

	@Test
	void reportsUpWithTheOffsetWhenClocksAgree() {
		Health health = healthWithServerClockShiftedBy(Duration.ZERO, Duration.ofSeconds(2));
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat((Long) health.getDetails().get("offsetMillis")).isBetween(-1000L, 1000L);
	}

	@Test
	@Verifies({ "CHK-05", "URS-31" })
	void warnsWhenTheServerClockDriftsBeyondTheSetting() {
		Health health = healthWithServerClockShiftedBy(Duration.ofSeconds(-5), Duration.ofSeconds(2));
		assertThat(health.getStatus().getCode()).isEqualTo("WARN");
		assertThat((Long) health.getDetails().get("offsetMillis")).as("database ahead of the server")
			.isBetween(4000L, 6000L);
		assertThat(health.getDetails()).containsEntry("warningAboveMillis", 2000L);
	}

	@Test
	void defaultsTheWarningToTwoSeconds() {
		assertThat(new OperationsSettings(null, null).clockSkewWarning()).isEqualTo(Duration.ofSeconds(2));
	}

}
