package org.gxpbridge.documents.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.gxpbridge.documents.Citation;
import org.gxpbridge.documents.DocumentContent;
import org.gxpbridge.documents.DocumentDownloaded;
import org.gxpbridge.documents.DocumentInfo;
import org.gxpbridge.documents.Evidence;
import org.gxpbridge.documents.EvidenceAttached;
import org.gxpbridge.documents.SearchHit;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Reading, searching and attaching stored documents; every read is integrity-checked. */
@Component
public class DocumentLibrary {

	private final DocumentStore store;

	private final Integrity integrity;

	private final CitationFinder citationFinder;

	private final SearchIndex searchIndex;

	private final EvidenceTargets targets;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final Clock clock;

	DocumentLibrary(DocumentStore store, Integrity integrity, CitationFinder citationFinder, SearchIndex searchIndex,
			EvidenceTargets targets, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
		this.store = store;
		this.integrity = integrity;
		this.citationFinder = citationFinder;
		this.searchIndex = searchIndex;
		this.targets = targets;
		this.events = events;
		this.tx = tx;
		this.clock = clock;
	}

	public DocumentInfo info(String id) {
		DocumentInfo info = find(id);
		integrity.verifiedContent(info);
		return info;
	}

	public DocumentContent content(String id, String userId) {
		DocumentInfo info = find(id);
		byte[] bytes = integrity.verifiedContent(info);
		downloaded(info, "content", userId);
		return new DocumentContent(info, bytes);
	}

	public String text(String id, String userId) {
		DocumentInfo info = info(id);
		String text = integrity.verifiedText(id);
		downloaded(info, "text", userId);
		return text;
	}

	public List<Citation> citations(String id) {
		info(id);
		return citationFinder.citations(integrity.verifiedText(id));
	}

	public List<SearchHit> search(String query, int limit) {
		if (query == null || query.isBlank() || query.length() > 200) {
			throw new InvalidInputException("invalid_query", "Give a search query q of 1 to 200 characters");
		}
		return searchIndex.search(query.strip(), Math.max(1, Math.min(limit, 100)));
	}

	public Evidence attach(String documentId, String processInstanceId, String taskId, String userId) {
		DocumentInfo info = info(documentId);
		if (processInstanceId == null || processInstanceId.isBlank()) {
			throw new InvalidInputException("invalid_request", "processInstanceId is required");
		}
		switch (targets.processInstance(processInstanceId)) {
			case UNKNOWN -> throw new NotFoundException("process_instance_not_found",
					"There is no process instance " + processInstanceId);
			case ENDED -> throw new ConflictException("process_instance_ended",
					"Process instance " + processInstanceId + " has ended; its record is closed to new evidence");
			case RUNNING -> {
			}
		}
		String task = taskId == null || taskId.isBlank() ? null : taskId;
		if (task != null && !targets.processInstanceOfTask(task).map(processInstanceId::equals).orElse(false)) {
			throw new NotFoundException("task_not_found",
					"Process instance " + processInstanceId + " has no open task " + task);
		}
		if (store.isAttached(documentId, processInstanceId, task)) {
			throw new ConflictException("already_attached", "Document " + documentId + " is already evidence there");
		}
		Instant now = clock.instant();
		tx.executeWithoutResult(s -> {
			store.attach(documentId, processInstanceId, task, userId, now);
			events.publishEvent(new EvidenceAttached(documentId, info.sha256(), processInstanceId, task, userId, now));
		});
		return new Evidence(documentId, info.title(), info.fileName(), info.mediaType(), info.size(), info.sha256(),
				processInstanceId, task, userId, now);
	}

	public List<Evidence> evidenceOf(String processInstanceId) {
		return verified(store.attachmentsOfProcessInstance(processInstanceId));
	}

	public List<Evidence> attachmentsOf(String documentId) {
		info(documentId);
		return verified(store.attachmentsOfDocument(documentId));
	}

	private List<Evidence> verified(List<Evidence> evidence) {
		evidence.stream().map(Evidence::documentId).distinct().forEach(this::info);
		return evidence;
	}

	private DocumentInfo find(String id) {
		return store.info(id)
			.orElseThrow(() -> new NotFoundException("document_not_found", "There is no document " + id));
	}

	private void downloaded(DocumentInfo info, String representation, String userId) {
		tx.executeWithoutResult(s -> events
			.publishEvent(new DocumentDownloaded(info.id(), info.sha256(), representation, userId, clock.instant())));
	}

}
