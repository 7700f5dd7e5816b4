package org.gxpbridge.signature.internal;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.gxpbridge.security.SecurityEventRecorded;
import org.gxpbridge.security.SecurityEventType;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code gxp.signature.failures}: signing attempts refused on this node since it started
 * because the re-entered password was wrong or the account may not sign (locked,
 * inactive); P11-300d wants such attempts noticed. {@code gxp.signature.failure.streaks}:
 * signers with failed attempts not yet ended by a good signature or a new password, from
 * this module's own table; a streak reaching the lockout threshold locks the account.
 */
@Component
class SignatureMeters implements MeterBinder {

	/** The channel SigningPassword names when it asks Accounts to check the password. */
	private static final String CHANNEL = "signature:";

	private final AtomicLong failures = new AtomicLong();

	private final JdbcTemplate jdbc;

	SignatureMeters(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		FunctionCounter.builder("gxp.signature.failures", failures, AtomicLong::get)
			.description("Signing attempts refused for a wrong password or an account that may not sign")
			.register(registry);
		Gauge
			.builder("gxp.signature.failure.streaks", jdbc,
					j -> j.queryForObject("select count(*) from gxp_signature_failure", Long.class))
			.description("Signers with consecutive failed signing attempts")
			.register(registry);
	}

	@EventListener
	void on(SecurityEventRecorded event) {
		boolean refusedLogin = event.type() == SecurityEventType.LOGIN_FAILED
				|| event.type() == SecurityEventType.LOGIN_REFUSED_LOCKED
				|| event.type() == SecurityEventType.LOGIN_REFUSED_INACTIVE;
		if (refusedLogin && event.detail() != null && event.detail().startsWith(CHANNEL)) {
			failures.incrementAndGet();
		}
	}

}
