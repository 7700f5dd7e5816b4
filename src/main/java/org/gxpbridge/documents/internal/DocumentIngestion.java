package org.gxpbridge.documents.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.apache.tika.mime.MediaType;
import org.gxpbridge.documents.DocumentInfo;
import org.gxpbridge.documents.DocumentKind;
import org.gxpbridge.documents.DocumentRejected;
import org.gxpbridge.documents.DocumentUploaded;
import org.gxpbridge.documents.NewDocument;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.Sha256;
import org.gxpbridge.shared.StorageFullException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way in: screening, then Tika on the parser pool, then one transaction that
 * stores document, bytes, text and search entry and publishes {@link DocumentUploaded}. A
 * refusal at any step stores nothing and is published as {@link DocumentRejected}.
 */
@Component
public class DocumentIngestion {

	private final ContentScreening screening;

	private final TextExtraction extraction;

	private final DocumentStore store;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final Clock clock;

	DocumentIngestion(ContentScreening screening, TextExtraction extraction, DocumentStore store,
			ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
		this.screening = screening;
		this.extraction = extraction;
		this.store = store;
		this.events = events;
		this.tx = tx;
		this.clock = clock;
	}

	public DocumentInfo ingest(NewDocument upload, String userId) {
		String fileName = fileName(upload.fileName());
		try {
			DocumentInfo predecessor = upload.supersedes() == null || upload.supersedes().isBlank() ? null
					: predecessor(upload.supersedes());
			MediaType type = screening.screen(fileName, upload.content());
			Extraction found = extraction.extract(upload.content());
			String title = firstNonBlank(upload.title(), found.title(), fileName);
			DocumentKind kind = upload.kind() != null ? upload.kind()
					: predecessor != null ? predecessor.kind() : DocumentKind.OTHER;
			Instant now = clock.instant();
			DocumentInfo info = new DocumentInfo(UUID.randomUUID().toString(), abbreviate(title, 300), kind,
					predecessor == null ? 1 : predecessor.version() + 1, fileName, type.toString(),
					upload.content().length, Sha256.hex(upload.content()), found.pages(),
					abbreviate(found.language(), 35), abbreviate(found.author(), 300),
					predecessor == null ? null : predecessor.id(), null, userId, now);
			return tx.execute(status -> {
				store.insert(info, upload.content(), found.text(), Sha256.hex(found.text()));
				events.publishEvent(new DocumentUploaded(info.id(), info.sha256(), info.mediaType(), info.size(),
						fileName, info.title(), info.supersedes(), userId, now));
				return info;
			});
		}
		catch (DuplicateKeyException e) {
			throw rejected(fileName, upload, userId, new ConflictException("already_superseded",
					"Document " + upload.supersedes() + " was superseded by another upload meanwhile"));
		}
		catch (DomainException e) {
			throw rejected(fileName, upload, userId, e);
		}
		catch (RuntimeException e) {
			if (!StorageFullException.isDiskFull(e)) {
				throw e;
			}
			// the transaction rolled back: no document row points at content that was
			// never written
			StorageFullException full = new StorageFullException("storage_full",
					"The document store is full (no " + "space left on device): " + fileName
							+ " was not stored, nothing was saved. Ask the administrator "
							+ "to free or add space, then upload it again");
			try {
				throw rejected(fileName, upload, userId, full);
			}
			catch (DataAccessException stillFull) {
				// recording the refusal needs space too; the client still learns why
				full.addSuppressed(stillFull);
				throw full;
			}
		}
	}

	private DocumentInfo predecessor(String id) {
		DocumentInfo previous = store.info(id)
			.orElseThrow(() -> new NotFoundException("superseded_document_not_found",
					"There is no document " + id + " to supersede"));
		if (previous.supersededBy() != null) {
			throw new ConflictException("already_superseded", "Document " + id + " is already superseded by "
					+ previous.supersededBy() + "; supersede that version instead");
		}
		return previous;
	}

	private DomainException rejected(String fileName, NewDocument upload, String userId, DomainException reason) {
		tx.executeWithoutResult(s -> events.publishEvent(new DocumentRejected(fileName, upload.content().length,
				reason.code(), reason.getMessage(), userId, clock.instant())));
		return reason;
	}

	/**
	 * Browsers may send a path ("C:\fakepath\sop.pdf"); only the last segment is the
	 * name.
	 */
	static String fileName(String raw) {
		if (raw == null || raw.isBlank()) {
			return "unnamed";
		}
		String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1).strip();
		return abbreviate(name.isEmpty() ? "unnamed" : name, 255);
	}

	private static String firstNonBlank(String... values) {
		for (String v : values) {
			if (v != null && !v.isBlank()) {
				return v.strip();
			}
		}
		return null;
	}

	private static String abbreviate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

}
