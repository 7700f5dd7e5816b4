package org.gxpbridge.documents.internal;

import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.shared.RefusedByRuleException;
import org.gxpbridge.shared.UnavailableException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Runs Tika on a small, bounded pool of parser threads so a hostile file never occupies a
 * request thread, with a write limit, Tika's zip-bomb and nesting guards
 * (SecureContentHandler via AutoDetectParserConfig) and a deadline. Embedded documents
 * (attachments, OLE objects) are not parsed: only the document's own text is extracted.
 */
@Component
class TextExtraction implements DisposableBean {

	private final AutoDetectParser parser;

	private final DocumentSettings settings;

	private final ThreadPoolExecutor pool;

	@Autowired
	TextExtraction(TikaConfig tika, DocumentSettings settings) {
		this(new AutoDetectParser(tika), settings);
	}

	/** With the parser given; tests use it to run a parser that never ends. */
	TextExtraction(AutoDetectParser parser, DocumentSettings settings) {
		this.settings = settings;
		this.parser = parser;
		AutoDetectParserConfig limits = new AutoDetectParserConfig();
		limits.setMaximumCompressionRatio(settings.maxCompressionRatio());
		limits.setMaximumDepth(settings.maxNestingDepth());
		limits.setMaximumPackageEntryDepth(settings.maxPackageDepth());
		// the ratio is judged only past 1 M characters (Tika's default): a short, very
		// compressible file is no bomb
		limits.setOutputThreshold(1_000_000);
		parser.setAutoDetectParserConfig(limits);
		AtomicInteger n = new AtomicInteger();
		this.pool = new ThreadPoolExecutor(settings.parseThreads(), settings.parseThreads(), 0, TimeUnit.MILLISECONDS,
				new ArrayBlockingQueue<>(Math.max(1, settings.parseQueue())), r -> {
					Thread t = new Thread(r, "gxp-tika-" + n.incrementAndGet());
					t.setDaemon(true);
					return t;
				});
	}

	/**
	 * Extracts text and metadata, or refuses the file with a JSON-mappable error naming
	 * what was wrong.
	 */
	Extraction extract(byte[] content) {
		long timeoutNanos = settings.parseTimeout().toNanos();
		long deadline = System.nanoTime() + timeoutNanos;
		Future<Extraction> parse;
		try {
			parse = pool.submit(() -> parse(content, deadline));
		}
		catch (RejectedExecutionException e) {
			throw new UnavailableException("parser_busy",
					"All document parsers are busy; try the upload again shortly");
		}
		try {
			return parse.get(timeoutNanos, TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException e) {
			parse.cancel(true);
			throw timeout();
		}
		catch (InterruptedException e) {
			parse.cancel(true);
			Thread.currentThread().interrupt();
			throw new UnavailableException("parser_interrupted",
					"The upload was interrupted while the document was parsed");
		}
		catch (ExecutionException e) {
			throw refusal(e.getCause());
		}
	}

	private Extraction parse(byte[] content, long deadline) throws Exception {
		Metadata metadata = new Metadata();
		BodyContentHandler text = new BodyContentHandler(settings.writeLimit());
		try (TikaInputStream in = TikaInputStream.get(content)) {
			parser.parse(in, new DeadlineContentHandler(text, deadline), metadata, new ParseContext());
		}
		Integer pages = firstInt(metadata, PagedText.N_PAGES.getName(), Office.PAGE_COUNT.getName(),
				Office.SLIDE_COUNT.getName());
		String language = first(metadata, TikaCoreProperties.LANGUAGE.getName(), "Content-Language");
		return new Extraction(withoutNul(text.toString()).strip(), blankToNull(metadata.get(TikaCoreProperties.TITLE)),
				pages, language, blankToNull(metadata.get(TikaCoreProperties.CREATOR)));
	}

	private DomainException timeout() {
		return new RefusedByRuleException("parse_timeout",
				"Parsing the document took longer than " + settings.parseTimeout().toSeconds() + " s; it was refused");
	}

	private DomainException refusal(Throwable failure) {
		if (WriteLimitReachedException.isWriteLimitReached(failure)) {
			return new RefusedByRuleException("text_limit_exceeded",
					"The document holds more than " + settings.writeLimit() + " characters of text; it was refused");
		}
		StringBuilder messages = new StringBuilder();
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof DeadlineContentHandler.DeadlineExceeded) {
				return timeout();
			}
			if (t instanceof EncryptedDocumentException || t instanceof org.apache.poi.EncryptedDocumentException) {
				return new RefusedByRuleException("encrypted_document",
						"The document is encrypted or password-protected");
			}
			messages.append(' ').append(t.getMessage());
		}
		String all = messages.toString().toLowerCase(Locale.ROOT);
		if (all.contains("levels of xml element nesting") || all.contains("package entry nesting")) {
			return new RefusedByRuleException("nesting_too_deep",
					"The document nests elements or packages deeper than allowed");
		}
		if (all.contains("zip bomb")) {
			return new RefusedByRuleException("suspected_zip_bomb",
					"The document expands far beyond its size (suspected zip bomb); it was refused");
		}
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return new RefusedByRuleException("unreadable_document", "The document is damaged or not what its type says: "
				+ abbreviate(root.getClass().getSimpleName() + ": " + root.getMessage()));
	}

	private static String abbreviate(String s) {
		return s.length() <= 200 ? s : s.substring(0, 200) + "...";
	}

	private static String first(Metadata metadata, String... names) {
		for (String name : names) {
			String value = blankToNull(metadata.get(name));
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private static Integer firstInt(Metadata metadata, String... names) {
		String value = first(metadata, names);
		try {
			return value == null ? null : Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : withoutNul(s).strip();
	}

	/**
	 * Some PDFs map glyphs to U+0000, which PostgreSQL text columns cannot hold; it
	 * carries no meaning anyway.
	 */
	static String withoutNul(String s) {
		return s.indexOf('\u0000') < 0 ? s : s.replace("\u0000", "");
	}

	/** Files waiting for a parser thread (DocumentMeters). */
	int queued() {
		return pool.getQueue().size();
	}

	/** Files being parsed now (DocumentMeters). */
	int parsing() {
		return pool.getActiveCount();
	}

	@Override
	public void destroy() {
		pool.shutdownNow();
	}

}
