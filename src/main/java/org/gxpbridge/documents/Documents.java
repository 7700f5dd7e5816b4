package org.gxpbridge.documents;

import java.util.List;

import org.gxpbridge.documents.internal.DocumentIngestion;
import org.gxpbridge.documents.internal.DocumentLibrary;
import org.springframework.stereotype.Service;

/**
 * Documents and evidence. Uploads pass one ingestion path that trusts no file; stored
 * documents are immutable and their SHA-256 is verified on every read (a mismatch is a
 * {@code document_integrity_violation}, never data). Refusals are
 * {@link org.gxpbridge.shared.DomainException}s naming what was wrong; nothing of a
 * refused upload is stored. Events: {@link DocumentUploaded}, {@link DocumentRejected},
 * {@link EvidenceAttached}, {@link DocumentDownloaded}, {@link DocumentIntegrityFailed}.
 * Every method that acts takes the acting user's id from its caller (the web adapter
 * passes the authenticated user, the server's own work passes "system"); that id is the
 * actor of the events.
 */
@Service
public class Documents {

	private final DocumentIngestion ingestion;

	private final DocumentLibrary library;

	Documents(DocumentIngestion ingestion, DocumentLibrary library) {
		this.ingestion = ingestion;
		this.library = library;
	}

	/**
	 * Screens, parses and stores an upload; a new version names the document it
	 * supersedes.
	 */
	public DocumentInfo upload(NewDocument document, String userId) {
		return ingestion.ingest(document, userId);
	}

	/** Metadata of a document whose stored bytes still match its SHA-256. */
	public DocumentInfo info(String documentId) {
		return library.info(documentId);
	}

	/** The original bytes (recorded as a download). */
	public DocumentContent content(String documentId, String userId) {
		return library.content(documentId, userId);
	}

	/** The text Tika extracted at upload (recorded as a download). */
	public String text(String documentId, String userId) {
		return library.text(documentId, userId);
	}

	/**
	 * The regulations, guidances and standards the document cites, labelled with
	 * regulation catalogue ids.
	 */
	public List<Citation> citations(String documentId) {
		return library.citations(documentId);
	}

	/** Full-text search over titles and extracted text, best hits first. */
	public List<SearchHit> search(String query, int limit) {
		return library.search(query, limit);
	}

	/**
	 * Attaches a document as evidence to a running process instance, optionally to one of
	 * its open tasks.
	 */
	public Evidence attach(String documentId, String processInstanceId, String taskId, String userId) {
		return library.attach(documentId, processInstanceId, taskId, userId);
	}

	/**
	 * The documents attached to a process instance, each with the SHA-256 verified
	 * against the stored bytes just now, for signed records and the audit ledger. Fails
	 * rather than return a hash that no longer matches.
	 */
	public List<Evidence> evidenceOf(String processInstanceId) {
		return library.evidenceOf(processInstanceId);
	}

	/** Where a document is attached as evidence. */
	public List<Evidence> attachmentsOf(String documentId) {
		return library.attachmentsOf(documentId);
	}

}
