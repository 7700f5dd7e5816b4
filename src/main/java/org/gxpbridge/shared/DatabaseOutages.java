package org.gxpbridge.shared;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps track of database outages ({@link DatabaseOutage}) so that an outage is one WARN
 * line in the log, not a stack trace per refused request or per run of scheduled work.
 * The first failure of an outage logs it and starts a probe that asks the pool for a
 * connection every {@link #PROBE_INTERVAL}; once one is had, the end of the outage is
 * logged with how long it lasted and how many requests were refused. The audit trail
 * lives in the same database, so requests refused meanwhile cannot be recorded there:
 * this log line and the {@code gxp.database.unavailable.refusals} counter are their only
 * trace.
 */
@Component
public class DatabaseOutages implements DisposableBean {

	static final Duration PROBE_INTERVAL = Duration.ofSeconds(2);

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutages.class);

	private final DataSource dataSource;

	private final Counter refusals;

	private final AtomicLong refusedInOutage = new AtomicLong();

	private Instant since;

	private ScheduledExecutorService prober;

	private ScheduledFuture<?> probe;

	/**
	 * Without a data source (slice tests): outages are classified and logged once, the
	 * end is not detected.
	 */
	public DatabaseOutages() {
		this.dataSource = null;
		this.refusals = null;
	}

	@Autowired
	DatabaseOutages(ObjectProvider<DataSource> dataSource, ObjectProvider<MeterRegistry> meters) {
		this.dataSource = dataSource.getIfAvailable();
		MeterRegistry registry = meters.getIfAvailable();
		this.refusals = registry == null ? null : Counter.builder("gxp.database.unavailable.refusals")
			.description(
					"Requests answered 503 database_unavailable (not in the audit trail: the database" + " was gone)")
			.register(registry);
		if (registry != null) {
			Gauge.builder("gxp.database.outage", this, o -> o.ongoing() ? 1 : 0)
				.description("1 while the database is unreachable, 0 otherwise")
				.register(registry);
		}
	}

	/**
	 * Records a failure of a request or of scheduled work if it is a database outage and
	 * says whether it was; a failure of another kind is left to the caller.
	 * @param failure what was thrown
	 * @param what the request ({@code GET /api/...}) or the work ({@code audit sealer})
	 * @param refusedRequest whether a client's request is answered 503 for it (counted)
	 */
	public boolean record(Throwable failure, String what, boolean refusedRequest) {
		if (!DatabaseOutage.isOutage(failure)) {
			return false;
		}
		if (refusedRequest) {
			refusedInOutage.incrementAndGet();
			if (refusals != null) {
				refusals.increment();
			}
		}
		boolean first;
		synchronized (this) {
			first = since == null;
			if (first) {
				since = Instant.now();
				startProbe();
			}
		}
		if (first) {
			log.warn(
					"Database unreachable ({}), first noticed by {}: requests are answered 503 {} until it is back;"
							+ " they cannot be recorded in the audit trail meanwhile, which lives in the database."
							+ " Scheduled work waits and resumes by itself",
					DatabaseOutage.describe(failure), what, DatabaseOutage.CODE);
		}
		else if (log.isDebugEnabled()) {
			log.debug("Database still unreachable: {} ({})", what, DatabaseOutage.describe(failure));
		}
		return true;
	}

	/** Whether an outage was noticed and the database has not been reached since. */
	public synchronized boolean ongoing() {
		return since != null;
	}

	private void startProbe() {
		if (dataSource == null) {
			return;
		}
		if (prober == null) {
			prober = Executors.newSingleThreadScheduledExecutor(r -> {
				Thread t = new Thread(r, "gxp-database-probe");
				t.setDaemon(true);
				return t;
			});
		}
		probe = prober.scheduleWithFixedDelay(this::probe, PROBE_INTERVAL.toMillis(), PROBE_INTERVAL.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	private void probe() {
		try (Connection c = dataSource.getConnection()) {
			if (!c.isValid(2)) {
				return;
			}
		}
		catch (Exception stillGone) {
			return;
		}
		Instant began;
		synchronized (this) {
			began = since;
			since = null;
			if (probe != null) {
				probe.cancel(false);
				probe = null;
			}
		}
		if (began != null) {
			log.info("Database reachable again after {} s; {} requests were refused with 503 meanwhile",
					Duration.between(began, Instant.now()).toSeconds(), refusedInOutage.getAndSet(0));
		}
	}

	@Override
	public synchronized void destroy() {
		if (prober != null) {
			prober.shutdownNow();
		}
	}

}
