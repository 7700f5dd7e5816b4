package org.gxpbridge.bench;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17 goal 5 on embedded PostgreSQL: what Camunda's history removal-time strategy
 * {@code end} (ours: retention counted from the end of a record, the GxP meaning) costs
 * per finished instance against {@code start} (removal time fixed at start, no UPDATE at
 * the end): alternating rounds of the same walk ({@link LedgerOverhead#compare}), and the
 * history rows PostgreSQL counts as updated per instance under each (from
 * {@code pg_stat_user_tables}). Nothing in production changes: see docs/performance.md.
 * Prints, asserts nothing.
 * {@code ./mvnw -o -Pbench verify -Dfrontend.skip=true -Djacoco.skip=true -Dtest=RemovalTimeBenchmark "-Dgxp.jvm.args=-Duser.timezone=UTC -Dfile.encoding=UTF-8"}
 */
class RemovalTimeBenchmark {

	@Test
	void costOfRemovalTimeStrategyEndAgainstStartPerFinishedInstance() throws Exception {
		ConfigurableApplicationContext server = LedgerOverhead.postgresServer("gxp_bench_removal_time");
		try {
			JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
			ProcessEngine engine = server.getBean(ProcessEngine.class);
			ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine
				.getProcessEngineConfiguration();
			String configured = config.getHistoryRemovalTimeStrategy();
			LedgerOverhead walk = LedgerOverhead.onPostgres(server,
					"PostgreSQL removal time (configured: " + configured + ")");
			Runnable start = () -> config
				.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_START);
			Runnable end = () -> config
				.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_END);
			try {
				int instances = AuditLedgerBenchmark.INSTANCES_PER_ROUND;
				for (Runnable strategy : new Runnable[] { start, end }) {
					strategy.run();
					long before = updatedHistoryRows(jdbc);
					walk.compare(1, instances, 1, "same", strategy, "same", strategy);
					System.out.printf("BENCH   %s: %.1f history rows updated per instance (pg_stat_user_tables)%n",
							config.getHistoryRemovalTimeStrategy(),
							(updatedHistoryRows(jdbc) - before) / (instances * 3.0));
				}
				for (String threads : AuditLedgerBenchmark.THREADS.split(",")) {
					walk.compare(Integer.parseInt(threads.trim()), instances, AuditLedgerBenchmark.ROUNDS,
							"strategy start", start, "strategy end", end);
				}
			}
			finally {
				config.setHistoryRemovalTimeStrategy(configured);
			}
		}
		finally {
			server.close();
		}
	}

	/**
	 * Rows of ACT_HI_* PostgreSQL counted as updated; the statistics collector may lag a
	 * transaction or two, so read after a pause.
	 */
	private static long updatedHistoryRows(JdbcTemplate jdbc) throws InterruptedException {
		Thread.sleep(1500);
		jdbc.execute("select pg_stat_clear_snapshot()");
		Long rows = jdbc.queryForObject(
				"select coalesce(sum(n_tup_upd), 0) from pg_stat_user_tables where relname like 'act_hi_%'",
				Long.class);
		return rows == null ? 0 : rows;
	}

}
