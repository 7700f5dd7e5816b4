package org.gxpbridge.gap;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.gxpbridge.documents.Documents;
import org.gxpbridge.gap.internal.GapStore;
import org.gxpbridge.gap.internal.GapStore.StoredRow;
import org.gxpbridge.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Validates and stores one row change and publishes it with old and new value. Evidence
 * must be documents the documents module holds intact; while the process runs they are
 * also attached to it, so the signature at approval covers their SHA-256.
 */
@Component
class RowChanges {

	static final int MAX_JUSTIFICATION = 4000;

	private final GapStore store;

	private final Documents documents;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RowChanges(GapStore store, Documents documents, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.documents = documents;
		this.events = events;
		this.clock = clock;
	}

	void save(GapAssessment a, RowAssessment change, String userId, String reason) {
		if (change.status() == null) {
			throw new InvalidInputException("status_required", "Choose MET, PARTIAL, GAP or NOT_APPLICABLE");
		}
		String justification = change.justification() == null ? null : change.justification().trim();
		if (change.status() != RowStatus.MET && (justification == null || justification.isEmpty())) {
			throw new InvalidInputException("justification_required",
					change.status() + " needs a justification (" + change.requirementId() + ")");
		}
		if (justification != null && justification.length() > MAX_JUSTIFICATION) {
			throw new InvalidInputException("justification_too_long",
					"A justification has at most " + MAX_JUSTIFICATION + " characters");
		}
		List<String> evidence = new ArrayList<>();
		for (String id : change.evidenceDocumentIds()) {
			String trimmed = id == null ? "" : id.trim();
			if (!trimmed.isEmpty() && !evidence.contains(trimmed)) {
				documents.info(trimmed); // not found, or an integrity failure, refuses
											// the change
				evidence.add(trimmed);
			}
		}
		var before = store.row(a.id(), a.version(), change.frameworkId(), change.requirementId());
		StoredRow row = new StoredRow(a.id(), a.version(), change.frameworkId(), change.requirementId(),
				change.status(), justification == null || justification.isEmpty() ? null : justification,
				List.copyOf(evidence), userId, clock.instant());
		store.save(row, before.isPresent());
		if (a.status() == AssessmentStatus.IN_ASSESSMENT) {
			attach(a, evidence, before.map(StoredRow::evidenceDocumentIds).orElse(List.of()), userId);
		}
		events.publishEvent(new GapRowAssessed(a.id(), a.version(), change.frameworkId(), change.requirementId(),
				before.map(StoredRow::describe).orElse(null), row.describe(), userId,
				reason == null || reason.isBlank() ? null : reason.trim(), a.processInstanceId()));
	}

	private void attach(GapAssessment a, List<String> evidence, List<String> before, String userId) {
		List<String> attached = null;
		for (String id : evidence) {
			if (before.contains(id)) {
				continue;
			}
			if (attached == null) {
				attached = documents.evidenceOf(a.processInstanceId()).stream().map(e -> e.documentId()).toList();
			}
			// evidence of another row of the same assessment is attached once
			if (!attached.contains(id)) {
				documents.attach(id, a.processInstanceId(), null, userId);
			}
		}
	}

}
