package org.gxpbridge.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.audittrail.AuditQuery;
import org.gxpbridge.dossier.DossierFormat;
import org.gxpbridge.dossier.Dossiers;
import org.gxpbridge.dossier.ExportReceipt;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15 benchmark (prints figures, asserts nothing about time): a DocumentApproval
 * instance with a signature and 5,000 variable updates (5,000 history details plus their
 * 5,000 ledger entries: a 10,000-event dossier) rendered as PDF/A-3 three times, then as
 * JSON and CSV twice each. Per export: wall time, the CPU time of the exporting thread
 * (the export runs on the calling thread: here the test's, over HTTP the request's; H2 is
 * in memory and answers on that thread too), the whole JVM's CPU time over the export
 * (adds JIT compilation, garbage collection and the server's own threads), collector time
 * and peak heap (sum of the heap pools' peaks, reset before each run), and the machine's
 * load average before and after: on a shared machine wall time is noise, the thread's CPU
 * time is the figure to compare. Goal: under 3 s and 256 MB for the PDF. Run in a JVM of
 * 256 MB heap (server and data included): ./mvnw -Pbench verify -Dtest=DossierBenchmark
 * -Djacoco.skip=true "-Dgxp.jvm.args=-Duser.timezone=UTC -Dfile.encoding=UTF-8
 * -XX:+UseSerialGC -Xmx256m" (the production JIT, C2; add -XX:TieredStopAtLevel=1 for the
 * test default, C1 only); -Dgxp.bench.dossier.formats=PDF,PDF,... picks the exports (for
 * a profile of one format).
 */
@GxpServerTest
class DossierBenchmark {

	private static final int UPDATES = 5_000;

	@Autowired
	Workflow workflow;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	Signatures signatures;

	@Autowired
	AuditLedger ledger;

	@Autowired
	Dossiers dossiers;

	@Test
	void printsTimeAndPeakHeapOfATenThousandEventDossier() throws Exception {
		String pi = workflow
			.start("DocumentApprovalProcess", "SOP-BENCH-DOSSIER", Map.of("documentNumber", "SOP-BENCH-DOSSIER",
					"documentTitle", "Bench", "documentVersion", "1.0", "changeSummary", "bench"), "owner")
			.processInstanceId();
		signatures.sign(new SignRequest(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(),
				"reviewer", Http.DEMO_PASSWORD, "REVIEWED", Map.of("reviewOutcome", "ACCEPTED"), null, "127.0.0.1"));
		for (int batch = 0; batch < UPDATES / 100; batch++) {
			Map<String, Object> values = new HashMap<>();
			for (int i = 0; i < 100; i++) {
				values.put("benchValue" + i, "value " + batch + " of bench variable " + i);
			}
			ledger.withReason("benchmark data", () -> {
				runtime.setVariables(pi, values);
				return null;
			});
		}
		ledger.seal();
		int entries = ledger.entries(new AuditQuery(pi, null, null, null, null, 10_000)).size();
		System.out.printf(
				"%nDossier benchmark: %d variable updates, %d ledger entries of the record; max heap %,d MB%n", UPDATES,
				entries, Runtime.getRuntime().maxMemory() / (1024 * 1024));
		Files.createDirectories(Path.of("target/dossier"));
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean();
		System.out.printf("  JIT: %s; %d processors; load average now %s%n", jit(), os.getAvailableProcessors(),
				loadAverage());
		boolean first = true;
		for (String name : System.getProperty("gxp.bench.dossier.formats", "PDF,PDF,PDF,JSON,JSON,CSV,CSV")
			.split(",")) {
			DossierFormat format = DossierFormat.valueOf(name.trim());
			System.gc();
			ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
			String loadBefore = loadAverage();
			long gcBefore = gcMillis();
			long jvmCpu = os.getProcessCpuTime();
			long threadCpu = threads.getCurrentThreadCpuTime();
			Instant from = Instant.now();
			long started = System.nanoTime();
			ExportReceipt receipt;
			// the first PDF is kept for a look (target/dossier/dossier-10000-events.pdf)
			try (OutputStream out = first
					? new BufferedOutputStream(
							Files.newOutputStream(Path.of("target/dossier/dossier-10000-events.pdf")))
					: OutputStream.nullOutputStream()) {
				receipt = dossiers.export(pi, format, "inspector", out);
			}
			first = false;
			long millis = (System.nanoTime() - started) / 1_000_000;
			long threadMillis = (threads.getCurrentThreadCpuTime() - threadCpu) / 1_000_000;
			long jvmMillis = (os.getProcessCpuTime() - jvmCpu) / 1_000_000;
			long gc = gcMillis() - gcBefore;
			long peak = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter(p -> p.getType() == MemoryType.HEAP)
				.mapToLong(p -> p.getPeakUsage().getUsed())
				.sum();
			System.out.printf(
					"  %-4s %,12d bytes in %,6d ms wall, thread CPU %,6d ms, JVM CPU %,6d ms, GC %,5d ms, peak heap %,5d MB; load %s -> %s (from %s)%n",
					format.extension(), receipt.bytes(), millis, threadMillis, jvmMillis, gc, peak / (1024 * 1024),
					loadBefore, loadAverage(), from);
		}
	}

	// 1, 5 and 15 minute load averages of the machine
	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (Exception e) {
			return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	private static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionTime)
			.sum();
	}

	private static String jit() {
		String flags = ManagementFactory.getRuntimeMXBean()
			.getInputArguments()
			.stream()
			.filter(a -> a.startsWith("-XX:TieredStopAtLevel") || a.startsWith("-Xmx") || a.startsWith("-XX:+Use"))
			.collect(Collectors.joining(" "));
		return (flags.contains("TieredStopAtLevel=1") ? "C1 only" : "C1 and C2 (production)") + " [" + flags + "]";
	}

}
