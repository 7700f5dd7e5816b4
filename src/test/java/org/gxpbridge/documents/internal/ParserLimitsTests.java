package org.gxpbridge.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.XHTMLContentHandler;
import org.gxpbridge.documents.SampleFiles;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.shared.ErrorStatus;
import org.junit.jupiter.api.Test;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's limits as the ingestion path sets them: zip bombs, write limit, nesting, parse
 * timeout, bounded pool.
 */
class ParserLimitsTests {

	private static DocumentSettings settings(int writeLimit, Duration timeout, int threads, int queue) {
		DocumentSettings s = ScreeningAndExtractionTests.SETTINGS;
		return new DocumentSettings(s.maxSize(), s.allowedTypes(), writeLimit, timeout, threads, queue,
				s.maxCompressionRatio(), s.maxNestingDepth(), s.maxPackageDepth(), s.maxXmlDepth(),
				s.citationPassages());
	}

	private static void assertRefused(Runnable action, String code) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
			assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
			assertThat(ErrorStatus.of(e)).isBetween(400, 499);
		});
	}

	@Test
	void refusesDocxZipBombThatInflatesAThousandfold() {
		long t0 = System.nanoTime();
		byte[] bomb = SampleFiles.zipBombDocx();
		System.out
			.println("bomb generated in " + (System.nanoTime() - t0) / 1_000_000 + " ms, " + bomb.length + " bytes");
		assertThat(bomb.length).isLessThan(100_000);
		assertThat(ScreeningAndExtractionTests.SCREENING.screen("bomb.docx", bomb).getSubtype())
			.contains("wordprocessingml");
		assertRefused(() -> ScreeningAndExtractionTests.EXTRACTION.extract(bomb), "suspected_zip_bomb");
	}

	@Test
	void acceptsLargeLegitimateDocumentsBeyondTheZipBombOutputThreshold() {
		// varied text, as real documents have: compresses a few times, not a thousand
		// times like the bomb
		Random random = new Random(7);
		String[] pages = new String[400];
		for (int p = 0; p < pages.length; p++) {
			StringBuilder page = new StringBuilder();
			while (page.length() < 3600) {
				page.append(Long.toString(random.nextLong() & Long.MAX_VALUE, 36), 0, 3 + random.nextInt(7))
					.append(' ');
			}
			pages[p] = page.toString();
		}
		for (byte[] file : List.of(SampleFiles.docx("Long", pages), SampleFiles.pdf("Long", pages),
				SampleFiles.odt("Long", pages))) {
			assertThat(ScreeningAndExtractionTests.EXTRACTION.extract(file).text().length()).as("%d bytes", file.length)
				.isGreaterThan(1_300_000);
		}
	}

	@Test
	void dropsNulCharactersWhichPostgresTextColumnsRefuse() {
		assertThat(TextExtraction.withoutNul("balance\u0000 reading\u0000")).isEqualTo("balance reading");
	}

	@Test
	void refusesTextBeyondTheWriteLimitInsteadOfTruncatingIt() {
		TextExtraction small = new TextExtraction(ScreeningAndExtractionTests.TIKA,
				settings(1000, Duration.ofSeconds(30), 1, 1));
		try {
			assertRefused(() -> small.extract("word ".repeat(1000).getBytes(StandardCharsets.UTF_8)),
					"text_limit_exceeded");
		}
		finally {
			small.destroy();
		}
	}

	@Test
	void refusesHtmlNestedDeeperThanTheLimit() {
		byte[] html = ("<html><body>" + "<blockquote>".repeat(5000) + "deep" + "</blockquote>".repeat(5000)
				+ "</body></html>")
			.getBytes(StandardCharsets.UTF_8);
		assertRefused(() -> ScreeningAndExtractionTests.EXTRACTION.extract(html), "nesting_too_deep");
	}

	/**
	 * Stands in for a file that sends a parser into an endless loop ("LOOP") or blocks it
	 * until released ("BLOCK").
	 */
	static final class HostileParser extends AbstractParser {

		final CountDownLatch started = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		@Override
		public Set<MediaType> getSupportedTypes(ParseContext context) {
			return Set.of(MediaType.TEXT_PLAIN);
		}

		@Override
		public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
				throws IOException, SAXException {
			String content = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
			XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
			xhtml.startDocument();
			if (content.startsWith("LOOP")) {
				while (true) {
					xhtml.characters("again ");
					sleepQuietly(5);
				}
			}
			if (content.startsWith("BLOCK")) {
				started.countDown();
				try {
					release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			xhtml.characters(content);
			xhtml.endDocument();
		}

	}

	private static void sleepQuietly(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			// like a real parser, the hostile one ignores interrupts: only the deadline
			// check stops it
		}
	}

	private static AutoDetectParser parserOf(HostileParser hostile) {
		Detector plainText = (in, metadata) -> MediaType.TEXT_PLAIN;
		return new AutoDetectParser(plainText, hostile);
	}

	@Test
	void stopsAParseThatRunsPastTheTimeoutAndFreesItsThread() {
		HostileParser hostile = new HostileParser();
		TextExtraction extraction = new TextExtraction(parserOf(hostile),
				settings(Integer.MAX_VALUE, Duration.ofMillis(300), 1, 1));
		try {
			long start = System.nanoTime();
			assertRefused(() -> extraction.extract("LOOP".getBytes(StandardCharsets.UTF_8)), "parse_timeout");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
			// one parser thread only: the next file parses, so the endless parse did not
			// keep the thread
			assertThat(extraction.extract("an ordinary file".getBytes(StandardCharsets.UTF_8)).text())
				.isEqualTo("an ordinary file");
		}
		finally {
			extraction.destroy();
		}
	}

	@Test
	void turnsUploadsAwayWith503WhenEveryParserAndQueueSlotIsTaken() throws Exception {
		HostileParser hostile = new HostileParser();
		TextExtraction extraction = new TextExtraction(parserOf(hostile),
				settings(Integer.MAX_VALUE, Duration.ofSeconds(20), 1, 1));
		try {
			CompletableFuture<Extraction> running = CompletableFuture
				.supplyAsync(() -> extraction.extract("BLOCK one".getBytes(StandardCharsets.UTF_8)));
			assertThat(hostile.started.await(10, TimeUnit.SECONDS)).isTrue();
			CompletableFuture<Extraction> queued = CompletableFuture
				.supplyAsync(() -> extraction.extract("queued".getBytes(StandardCharsets.UTF_8)));
			Thread.sleep(300);
			assertThatThrownBy(() -> extraction.extract("third".getBytes(StandardCharsets.UTF_8)))
				.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("parser_busy"));
			hostile.release.countDown();
			assertThat(running.get(10, TimeUnit.SECONDS).text()).isEqualTo("BLOCK one");
			assertThat(queued.get(10, TimeUnit.SECONDS).text()).isEqualTo("queued");
		}
		finally {
			hostile.release.countDown();
			extraction.destroy();
		}
	}

}
