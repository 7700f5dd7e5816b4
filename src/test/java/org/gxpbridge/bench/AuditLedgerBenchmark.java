package org.gxpbridge.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.CompositeDbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.audittrail.AuditQuery;
import org.gxpbridge.audittrail.VerificationReport;
import org.gxpbridge.audittrail.internal.Canonical;
import org.gxpbridge.controls.DocumentAcknowledgementModel;
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

	static final int INSTANCES_PER_ROUND = Integer.getInteger("bench.instances", 300);
	static final int THREADS = Integer.getInteger("bench.threads", 2);

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
		ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		HistoryEventHandler withLedger = config.getHistoryEventHandler();
		HistoryEventHandler plain = new CompositeDbHistoryEventHandler();
		run(INSTANCES_PER_ROUND / 2, "warm-up");
		double[] sums = new double[2];
		int rounds = 3;
		for (int round = 0; round < rounds; round++) {
			config.setHistoryEventHandler(plain);
			sums[0] += run(INSTANCES_PER_ROUND, "plain FULL history");
			config.setHistoryEventHandler(withLedger);
			sums[1] += run(INSTANCES_PER_ROUND, "FULL history + ledger");
		}
		double base = sums[0] / rounds;
		double ledgerRate = sums[1] / rounds;
		System.out.printf(
				"BENCH plain FULL history: %.1f instances/s; with ledger: %.1f instances/s; overhead %.1f%% (%d threads, %d instances x %d rounds, H2)%n",
				base, ledgerRate, 100 * (base - ledgerRate) / base, THREADS, INSTANCES_PER_ROUND, rounds);

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

	private double run(int instances, String label) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		long start = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			int thread = t;
			futures.add(pool.submit(() -> {
				for (int i = thread; i < instances; i += THREADS) {
					// a walk without a signing step, so the figure is the ledger's cost,
					// not the signature's
					String pi = workflow
						.start(DocumentAcknowledgementModel.PROCESS_KEY, "BENCH-" + System.nanoTime(),
								Map.of("documentNumber", "SOP-" + i, "documentTitle", "SOP " + i), "qm")
						.processInstanceId();
					String task = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
					tasks.complete(task, Map.of("acknowledgementOutcome", "APPROVED"));
				}
			}));
		}
		for (Future<?> f : futures) {
			f.get();
		}
		pool.shutdown();
		double rate = instances / ((System.nanoTime() - start) / 1e9);
		System.out.printf("BENCH   %-24s %.1f instances/s%n", label, rate);
		return rate;
	}

}
