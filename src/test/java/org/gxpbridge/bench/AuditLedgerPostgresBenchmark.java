package org.gxpbridge.bench;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

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
		ConfigurableApplicationContext server = LedgerOverhead.postgresServer("gxp_bench_ledger_overhead");
		try {
			LedgerOverhead overhead = LedgerOverhead.onPostgres(server, "PostgreSQL");
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
