package org.gxpbridge.security.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.gxpbridge.security.AccountStatus;
import org.gxpbridge.security.SecurityEventRecorded;
import org.gxpbridge.security.SecurityEventType;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code gxp.login.failures}: refused logins on this node since it started, by
 * {@code channel} (login: pages and HTTP Basic, engine: the engine's identity check,
 * signature: the password re-entered to sign) and {@code outcome} (wrong password or
 * unknown user, locked account, inactive account); a burst is the brute-force pattern of
 * P11-300d. {@code gxp.accounts.locked}: accounts locked now. Counted from the security
 * events this module already publishes for every attempt.
 */
@Component
class LoginMeters implements MeterBinder {

	private static final List<String> CHANNELS = List.of("login", "engine", "signature", "other");

	private static final Map<SecurityEventType, String> OUTCOMES = new EnumMap<>(
			Map.of(SecurityEventType.LOGIN_FAILED, "bad_credentials", SecurityEventType.LOGIN_REFUSED_LOCKED, "locked",
					SecurityEventType.LOGIN_REFUSED_INACTIVE, "inactive"));

	private final Map<String, AtomicLong> failures = new LinkedHashMap<>();

	private final JdbcTemplate jdbc;

	LoginMeters(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		for (String channel : CHANNELS) {
			for (String outcome : OUTCOMES.values()) {
				failures.put(channel + "/" + outcome, new AtomicLong());
			}
		}
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		failures.forEach((key, count) -> FunctionCounter.builder("gxp.login.failures", count, AtomicLong::get)
			.description("Refused login attempts on this node")
			.tag("channel", key.substring(0, key.indexOf('/')))
			.tag("outcome", key.substring(key.indexOf('/') + 1))
			.register(registry));
		Gauge
			.builder("gxp.accounts.locked", jdbc,
					j -> j.queryForObject("select count(*) from gxp_user where status = ?", Long.class,
							AccountStatus.LOCKED.name()))
			.description("Accounts locked now (after failed attempts or by an administrator)")
			.register(registry);
	}

	@EventListener
	void on(SecurityEventRecorded event) {
		String outcome = OUTCOMES.get(event.type());
		if (outcome != null) {
			failures.get(channel(event.detail()) + "/" + outcome).incrementAndGet();
		}
	}

	/** Accounts.authenticate starts every detail with the channel it was called for. */
	private static String channel(String detail) {
		int colon = detail == null ? -1 : detail.indexOf(':');
		String channel = colon < 0 ? "other" : detail.substring(0, colon);
		return CHANNELS.contains(channel) ? channel : "other";
	}

}
