package org.gxpbridge.bench;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.support.PostgresServer;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17 goal 1 on embedded PostgreSQL (the production database): process instances per
 * second and CPU per instance (server JVM + PostgreSQL processes) with the audit ledger
 * against plain FULL history, with 1 and 4 client threads ({@link LedgerOverhead}). The
 * job executor is off, so the figure is the ledger's cost on the request path (the sealer
 * still runs on its interval, as in production). Prints, asserts nothing.
 * {@code ./mvnw -o -Pbench verify -Dfrontend.skip=true -Djacoco.skip=true -Dtest=AuditLedgerPostgresBenchmark "-Dgxp.jvm.args=-Duser.timezone=UTC -Dfile.encoding=UTF-8"}
 */
class AuditLedgerPostgresBenchmark {

	@Test
	void processInstancesPerSecondWithLedgerVersusPlainFullHistoryOnPostgres() throws Exception {
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("camunda.bpm.job-execution.enabled", "false");
		ConfigurableApplicationContext server = PostgresServer
			.start(PostgresServer.newDatabase("gxp_bench_ledger_overhead"), settings);
		try {
			LedgerOverhead.createStarter(server.getBean(Accounts.class));
			Integer backend = server.getBean(JdbcTemplate.class)
				.queryForObject("select pg_backend_pid()", Integer.class);
			long postmaster = LedgerOverhead.parentOf(backend);
			LedgerOverhead overhead = new LedgerOverhead(server.getBean(ProcessEngine.class),
					server.getBean(Workflow.class), postmaster, "PostgreSQL");
			for (String threads : AuditLedgerBenchmark.THREADS.split(",")) {
				overhead.measure(Integer.parseInt(threads.trim()), AuditLedgerBenchmark.INSTANCES_PER_ROUND,
						AuditLedgerBenchmark.ROUNDS);
			}
		}
		finally {
			server.close();
		}
	}

}
