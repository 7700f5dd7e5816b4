package org.gxpbridge.workflow.internal;

import java.util.Map;
import java.util.TreeMap;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.impl.metrics.reporter.DbMetricsReporter;
import org.springframework.stereotype.Component;

/**
 * The engine's own metrics (activity instances, job executions, decisions ...) as
 * Micrometer counters, plus open incidents and jobs out of retries as gauges. Written by
 * hand because Camunda 7 has no Micrometer binding: its MetricsRegistry counts in memory
 * and its reporter moves the counts into ACT_RU_METER_LOG every 15 minutes, clearing the
 * memory. A counter here is this node's total so far: what its reporter has written
 * (filtered by reporter id, so each node of a cluster reports only its own) plus what is
 * still in memory. Names: {@code camunda.} and the engine's metric name with dots, e.g.
 * {@code camunda.activity.instance.start}, {@code camunda.job.failed}.
 */
@Component
class EngineMeters implements MeterBinder {

	private final ProcessEngine engine;

	EngineMeters(ProcessEngine engine) {
		this.engine = engine;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration();
		if (configuration.getMetricsRegistry() != null) {
			Map<String, Meter> meters = new TreeMap<>(configuration.getMetricsRegistry().getDbMeters());
			String reporter = reporter(configuration.getDbMetricsReporter());
			meters.forEach((name, meter) -> FunctionCounter
				.builder("camunda." + name.replace('-', '.'), meter, m -> reported(name, reporter) + m.get())
				.description("Camunda engine metric '" + name + "' on this node")
				.register(registry));
		}
		Gauge.builder("camunda.incidents.open", engine, e -> e.getRuntimeService().createIncidentQuery().count())
			.description("Open incidents (failed jobs, failed external tasks) awaiting an operator")
			.register(registry);
		Gauge
			.builder("camunda.jobs.failed", engine,
					e -> e.getManagementService().createJobQuery().noRetriesLeft().count())
			.description("Jobs that have used up their retries")
			.register(registry);
	}

	private double reported(String name, String reporter) {
		if (reporter == null) {
			return 0;
		}
		return engine.getManagementService().createMetricsQuery().name(name).reporter(reporter).sum();
	}

	private static String reporter(DbMetricsReporter reporter) {
		return reporter == null || reporter.getMetricsCollectionTask() == null ? null
				: reporter.getMetricsCollectionTask().getReporter();
	}

}
