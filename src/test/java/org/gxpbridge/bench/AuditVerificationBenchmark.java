package org.gxpbridge.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import com.sun.management.OperatingSystemMXBean;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.audittrail.RecordProof;
import org.gxpbridge.audittrail.VerificationReport;
import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.support.GxpServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 17 goal 2 on the {@code @GxpServerTest} H2 database: a ledger of
 * {@code bench.entries} (default 1,000,000) synthetic entries, 20 per record (process
 * instance id), then a full walk (entries/s by wall clock, and per CPU-second of the
 * whole JVM as the one-core figure: the walk reads on one thread and hashes on a second),
 * an incremental run after {@code bench.incremental} (10,000) new entries, and
 * {@code bench.proofs} (200) record proofs (p50/p95). Prints, asserts nothing.
 * {@code ./mvnw -o -Pbench verify -Djacoco.skip=true -Dtest=AuditVerificationBenchmark "-Dgxp.jvm.args=-Xmx6g -Duser.timezone=UTC -Dfile.encoding=UTF-8"}
 */
@GxpServerTest
class AuditVerificationBenchmark {

	static final int ENTRIES = Integer.getInteger("bench.entries", 1_000_000);

	static final int INCREMENTAL = Integer.getInteger("bench.incremental", 10_000);

	static final int PROOFS = Integer.getInteger("bench.proofs", 200);

	@Autowired
	AuditLedger ledger;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void fullIncrementalAndRecordProofFigures() {
		long fillStart = System.nanoTime();
		append(0, ENTRIES);
		ledger.seal();
		System.out.printf("BENCH ledger filled: %d entries appended and sealed in %.1f s%n", ENTRIES,
				(System.nanoTime() - fillStart) / 1e9);
		VerificationReport warm = ledger.verify();
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long cpu = os.getProcessCpuTime();
		long start = System.nanoTime();
		VerificationReport full = ledger.verify();
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
		System.out.printf(
				"BENCH full verification: %d entries in %.2f s = %.0f entries/s wall clock (%d cores available), %.0f entries per CPU-second (one-core equivalent), intact=%s, warm-up %d ms%n",
				full.entries(), seconds, full.entries() / seconds, Runtime.getRuntime().availableProcessors(),
				full.entries() / cpuSeconds, full.intact(), warm.millis());
		append(ENTRIES, INCREMENTAL);
		ledger.seal();
		long incStart = System.nanoTime();
		VerificationReport inc = ledger.verifyIncremental();
		System.out.printf(
				"BENCH incremental verification after %d new entries on %d: %.0f ms (mode %s from chain position %d, intact=%s)%n",
				INCREMENTAL, inc.entries(), (System.nanoTime() - incStart) / 1e6, inc.mode(), inc.fromPosition(),
				inc.intact());
		Random random = new Random(17);
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < PROOFS + 20; i++) {
			String pi = "bench-pi-" + random.nextInt(ENTRIES / 20);
			long t = System.nanoTime();
			RecordProof p = ledger.proveRecord(pi);
			if (i >= 20) {
				millis.add((System.nanoTime() - t) / 1e6);
			}
			if (!p.intact()) {
				System.out.println("BENCH proof not intact: " + p.describe());
			}
		}
		Collections.sort(millis);
		// the proof's queries must use the indexes (process_instance_id, seal seq,
		// checkpoint and seal positions)
		for (String sql : List.of("select count(*) from gxp_audit_entry where process_instance_id = 'bench-pi-7'",
				"select distinct (select min(c.last_pos) from gxp_audit_checkpoint c where c.last_pos >= s.pos) as last_pos "
						+ "from gxp_audit_seal s join gxp_audit_entry e on e.seq = s.seq where e.process_instance_id = 'bench-pi-7'",
				"select s.pos from gxp_audit_seal s left join gxp_audit_entry e on e.seq = s.seq where s.pos > 1000 and s.pos <= 2000")) {
			System.out.println("BENCH plan: "
					+ String.join(" ", jdbc.queryForList("explain " + sql, String.class)).replaceAll("\\s+", " "));
		}
		System.out.printf("BENCH record proof (20 entries, %d proofs on %d entries): p50 %.1f ms, p95 %.1f ms%n",
				PROOFS, inc.entries(), millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.95)));
	}

	private void append(int from, int count) {
		for (int done = 0; done < count; done += 1000) {
			int first = from + done;
			transactions.executeWithoutResult(s -> {
				for (int i = first; i < first + 1000; i++) {
					ledger.append(AuditFacts.of("owner", "EXPORTED", "Report", "R-" + i)
						.withRecord("bench-pi-" + i / 20, "BENCH-" + i / 20)
						.withContentHash("ab".repeat(32)));
				}
			});
		}
	}

}
