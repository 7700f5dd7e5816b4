package org.gxpbridge.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

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
 * 5,000 ledger entries: a 10,000-event dossier) rendered as PDF/A-3, then as JSON and
 * CSV; time and peak heap (sum of the heap pools' peaks, reset before each run). Goal:
 * under 3 s and 256 MB for the PDF. Run in a JVM of 256 MB heap (server and data
 * included): ./mvnw -Pbench verify -Dtest=DossierBenchmark -Djacoco.skip=true
 * "-Dgxp.jvm.args=-Duser.timezone=UTC -Dfile.encoding=UTF-8 -XX:+UseSerialGC -Xmx256m"
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
		boolean first = true;
		for (DossierFormat format : new DossierFormat[] { DossierFormat.PDF, DossierFormat.PDF, DossierFormat.JSON,
				DossierFormat.CSV }) {
			System.gc();
			ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
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
			long peak = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter(p -> p.getType() == MemoryType.HEAP)
				.mapToLong(p -> p.getPeakUsage().getUsed())
				.sum();
			System.out.printf("  %-4s %,12d bytes in %,6d ms, peak heap %,5d MB%n", format.extension(), receipt.bytes(),
					millis, peak / (1024 * 1024));
		}
	}

}
