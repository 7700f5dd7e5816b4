package org.gxpbridge.bench;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.management.OperatingSystemMXBean;
import org.apache.tika.Tika;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.documents.NewDocument;
import org.gxpbridge.documents.SampleFiles;
import org.gxpbridge.support.GxpServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 5 benchmark: documents/s and MB/s of the whole ingestion path (screening, bounded
 * Tika parse with limits, SHA-256, storing in H2, events) against plain
 * {@code new Tika().parseToString} over the same generated mixed corpus in the same JVM,
 * and the peak heap seen while each runs. Prints figures; asserts nothing about time.
 * Run: ./mvnw -Pbench verify -Dtest=DocumentIngestionBenchmark
 */
@GxpServerTest
class DocumentIngestionBenchmark {

	private static final int DOCUMENTS = Integer.getInteger("bench.documents", 220);

	private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);

	private static final String[] SENTENCES = {
			"Electronic records are kept under 21 CFR Part 11 with secure audit trails per 11.10(e).",
			"Design reviews follow 820.30 and the design history file is exported for inspection.",
			"The computerised system is validated as EU GMP Annex 11 section 4 requires.",
			"Risks are evaluated per ISO 14971:2019 and cybersecurity risk per the FDA premarket cybersecurity guidance.",
			"Access rights are reviewed quarterly, mapped to ISO/IEC 27001 A.5.18 and NIST CSF 2.0 PR.AA-05.",
			"The CAPA owner records the root cause, the correction and the effectiveness check.",
			"Software items are classified per IEC 62304 and security activities follow IEC 81001-5-1." };

	@Autowired
	Documents documents;

	record Sample(String name, byte[] bytes) {
	}

	@Test
	void measuresIngestionAgainstPlainTika() throws Exception {
		List<Sample> corpus = corpus(DOCUMENTS, new Random(42));
		long bytes = corpus.stream().mapToLong(s -> s.bytes().length).sum();
		System.out.printf(
				"%nCorpus: %d documents, %.1f MB (PDF, DOCX, XLSX, PPTX, ODT, RTF, HTML, Markdown, TXT, EML, MSG)%n",
				corpus.size(), bytes / 1e6);
		Tika tika = new Tika();
		// warm-up of both paths on a slice of the corpus (class loading, JIT)
		for (Sample s : corpus.subList(0, 22)) {
			tika.parseToString(new ByteArrayInputStream(s.bytes()));
			documents.upload(new NewDocument(s.name(), s.bytes(), "warm-up", null, null), "system");
		}
		// interleaved rounds on a shared machine: the best round of each is the least
		// disturbed one
		double bestPlain = Double.MAX_VALUE;
		double bestOurs = Double.MAX_VALUE;
		for (int round = 1; round <= ROUNDS; round++) {
			bestPlain = Math.min(bestPlain, report("plain new Tika().parseToString", corpus, bytes,
					s -> tika.parseToString(new ByteArrayInputStream(s.bytes()))));
			bestOurs = Math.min(bestOurs, report("GxP Bridge ingestion (Documents.upload)", corpus, bytes,
					s -> documents.upload(new NewDocument(s.name(), s.bytes(), null, null, null), "system")));
		}
		System.out.printf(
				"Best of %d: plain Tika %.1f docs/s %.2f MB/s; ingestion %.1f docs/s %.2f MB/s (%.0f%% of plain Tika's throughput)%n",
				ROUNDS, corpus.size() / bestPlain, bytes / 1e6 / bestPlain, corpus.size() / bestOurs,
				bytes / 1e6 / bestOurs, 100 * bestPlain / bestOurs);
		System.out.println(
				"Note: new Tika().parseToString stops at 100 000 characters per document (its default); ingestion extracts up to 10 000 000.");
	}

	interface Work {

		void run(Sample s) throws Exception;

	}

	/** Runs one pass, prints its figures and returns its wall-clock seconds. */
	private static double report(String label, List<Sample> corpus, long bytes, Work work) throws Exception {
		System.gc();
		Runtime rt = Runtime.getRuntime();
		long baseline = rt.totalMemory() - rt.freeMemory();
		AtomicLong peak = new AtomicLong(baseline);
		Thread sampler = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
				try {
					Thread.sleep(2);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		});
		sampler.setDaemon(true);
		sampler.start();
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long cpuStart = os.getProcessCpuTime();
		long start = System.nanoTime();
		for (Sample s : corpus) {
			work.run(s);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
		sampler.interrupt();
		sampler.join();
		System.out.printf(
				"%-42s %6.1f docs/s  %6.2f MB/s  %5.2f s wall  %5.2f s process CPU  peak heap %4.0f MB (baseline %4.0f MB)%n",
				label, corpus.size() / seconds, bytes / 1e6 / seconds, seconds, cpu, peak.get() / 1e6, baseline / 1e6);
		return seconds;
	}

	private static List<Sample> corpus(int n, Random random) {
		List<Sample> corpus = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			// mostly short records, every tenth a long one (a regulation text, a
			// validation report)
			String[] paragraphs = new String[i % 10 == 9 ? 40 + random.nextInt(40) : 1 + random.nextInt(12)];
			for (int p = 0; p < paragraphs.length; p++) {
				StringBuilder text = new StringBuilder("Record " + i + " paragraph " + p + ". ");
				int sentences = 5 + random.nextInt(40);
				for (int k = 0; k < sentences; k++) {
					text.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
				}
				paragraphs[p] = text.toString().strip();
			}
			String all = String.join("\n\n", paragraphs);
			corpus.add(switch (i % 11) {
				case 0 -> new Sample("r" + i + ".pdf", SampleFiles.pdf("Record " + i, paragraphs));
				case 1 -> new Sample("r" + i + ".docx", SampleFiles.docx("Record " + i, paragraphs));
				case 2 -> new Sample("r" + i + ".xlsx", SampleFiles.xlsx(paragraphs));
				case 3 -> new Sample("r" + i + ".pptx", SampleFiles.pptx(paragraphs));
				case 4 -> new Sample("r" + i + ".odt", SampleFiles.odt("Record " + i, paragraphs));
				case 5 -> new Sample("r" + i + ".rtf", SampleFiles.rtf(all));
				case 6 -> new Sample("r" + i + ".html", SampleFiles.html("Record " + i, all));
				case 7 -> new Sample("r" + i + ".md", SampleFiles.markdown("Record " + i, all));
				case 8 -> new Sample("r" + i + ".eml", SampleFiles.eml("Record " + i, all));
				case 9 -> new Sample("r" + i + ".msg", SampleFiles.msg("Record " + i, all));
				default -> new Sample("r" + i + ".txt", all.getBytes(StandardCharsets.UTF_8));
			});
		}
		return corpus;
	}

}
