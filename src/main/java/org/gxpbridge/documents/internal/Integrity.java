package org.gxpbridge.documents.internal;

import java.time.Clock;

import org.gxpbridge.documents.DocumentInfo;
import org.gxpbridge.documents.DocumentIntegrityFailed;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.shared.IntegrityFailureException;
import org.gxpbridge.shared.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every read of stored bytes or text goes through here: the SHA-256 is recomputed and
 * compared with the one stored at upload. A mismatch (someone changed the row behind the
 * server's back) withholds the data, is logged and published as
 * {@link DocumentIntegrityFailed}; it never reaches the caller as if it were the
 * document.
 */
@Component
public class Integrity {

	private static final Logger log = LoggerFactory.getLogger(Integrity.class);

	private final DocumentStore store;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final Clock clock;

	Integrity(DocumentStore store, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
		this.store = store;
		this.events = events;
		this.tx = tx;
		this.clock = clock;
	}

	/** The stored bytes of the document, provided they still hash to its SHA-256. */
	public byte[] verifiedContent(DocumentInfo info) {
		byte[] bytes = store.content(info.id()).orElse(null);
		String actual = bytes == null ? "missing" : Sha256.hex(bytes);
		if (!info.sha256().equals(actual)) {
			throw failed(info.id(), "content", info.sha256(), actual);
		}
		return bytes;
	}

	/**
	 * The stored extracted text, provided it still hashes to the SHA-256 it had when
	 * stored.
	 */
	public String verifiedText(String documentId) {
		DocumentStore.StoredText stored = store.text(documentId)
			.orElseThrow(() -> failed(documentId, "text", "?", "missing"));
		String actual = Sha256.hex(stored.text());
		if (!stored.sha256().equals(actual)) {
			throw failed(documentId, "text", stored.sha256(), actual);
		}
		return stored.text();
	}

	private DomainException failed(String documentId, String part, String expected, String actual) {
		log.error("Integrity failure of document {} ({}): stored SHA-256 {}, found {}", documentId, part, expected,
				actual);
		tx.executeWithoutResult(s -> events
			.publishEvent(new DocumentIntegrityFailed(documentId, part, expected, actual, clock.instant())));
		return new IntegrityFailureException("document_integrity_violation",
				"The stored " + part + " of document " + documentId + " no longer matches its SHA-256 (" + expected
						+ "): it was altered outside the server and is withheld");
	}

}
