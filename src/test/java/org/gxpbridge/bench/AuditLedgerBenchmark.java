package org.gxpbridge.bench;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.audittrail.AuditQuery;
import org.gxpbridge.audittrail.VerificationReport;
import org.gxpbridge.audittrail.internal.Canonical;
import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Process instances per second with the ledger against Camunda's plain FULL history (same
 * run, same database: the baseline swaps the engine's history handler back to the bare
 * CompositeDbHistoryEventHandler for its phases only; production has no such switch), and
 * verification speed in entries per second. Prints, asserts nothing.
 * {@code ./mvnw -o -Pbench verify -Dtest=AuditLedgerBenchmark "-Dgxp.jvm.args=-Duser.timezone=UTC"}
 * (the test JVMs otherwise run with C1 only, which leaves SHA-256 without its intrinsics
 * and is not how the server runs).
 */
@GxpServerTest
class AuditLedgerBenchmark {

	/**
	 * Instances per round: with 300, a 4-thread round on H2 lasted 1.6 s and the JIT's
	 * compiler threads took a sixth of the CPU the rounds were compared by.
	 */
	static final int INSTANCES_PER_ROUND = Integer.getInteger("bench.instances", 1000);

	/** Thread counts to measure, e.g. {@code -Dbench.threads=1,4}. */
	static final String THREADS = System.getProperty("bench.threads", "1,4");

	static final int ROUNDS = Integer.getInteger("bench.rounds", 5);

	@Autowired
	ProcessEngine engine;

	@Autowired
	Workflow workflow;

	@Autowired
	TaskService tasks;

	@Autowired
	AuditLedger ledger;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void processInstancesPerSecondWithLedgerVersusPlainFullHistoryAndVerificationSpeed() throws Exception {
		LedgerOverhead overhead = new LedgerOverhead(engine, workflow, 0, "H2");
		for (String threads : THREADS.split(",")) {
			overhead.measure(Integer.parseInt(threads.trim()), INSTANCES_PER_ROUND, ROUNDS);
		}

		int synthetic = Integer.getInteger("bench.synthetic", 200_000);
		for (int done = 0; done < synthetic; done += 1000) {
			int from = done;
			transactions.executeWithoutResult(s -> {
				for (int i = 0; i < 1000; i++) {
					ledger.append(AuditFacts.of("owner", "EXPORTED", "Report", "R-" + (from + i))
						.withContentHash("ab".repeat(32)));
				}
			});
		}
		ledger.seal();
		List<AuditEntry> sample = ledger.entries(new AuditQuery(null, null, "owner", null, null, 10_000));
		long hashStart = System.nanoTime();
		String hash = Canonical.GENESIS;
		int hashed = 0;
		for (int r = 0; r < 20; r++) {
			for (AuditEntry e : sample) {
				hash = Canonical.chain(hash, e);
				hashed++;
			}
		}
		double hashSeconds = (System.nanoTime() - hashStart) / 1e9;
		VerificationReport warm = ledger.verify();
		long start = System.nanoTime();
		VerificationReport report = ledger.verify();
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("BENCH chain hashing alone (canonical form + SHA-256, in memory): %.0f entries/s%n",
				hashed / hashSeconds);
		System.out.printf(
				"BENCH verification: %d entries (chain + signatures + ACT_HI_* cross-check) in %.2f s = %.0f entries/s, intact=%s (false is expected: the baseline phases wrote history rows without ledger entries; warm-up run %d ms)%n",
				report.entries(), seconds, report.entries() / seconds, report.intact(), warm.millis());
	}

}
