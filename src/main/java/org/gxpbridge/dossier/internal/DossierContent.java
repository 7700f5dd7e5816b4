package org.gxpbridge.dossier.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.audittrail.RecordProof;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.documents.Evidence;
import org.gxpbridge.dossier.RecordSummary;
import org.gxpbridge.dossier.process.ActivityLine;
import org.gxpbridge.dossier.process.EngineHistory;
import org.gxpbridge.dossier.process.VariableChange;
import org.gxpbridge.shared.TimeDisplay;
import org.gxpbridge.signature.SignatureView;
import org.gxpbridge.signature.Signatures;

/**
 * Everything one dossier shows, for one rendering: the small parts (record, signatures,
 * documents, proof) held, the long ones (timeline, variable changes, audit entries)
 * streamed from their sources on each call, so a writer never holds them.
 */
public final class DossierContent {

	private final RecordSummary record;

	private final EngineHistory history;

	private final AuditLedger ledger;

	private final Signatures signatures;

	private final Documents documents;

	private final TimeDisplay time;

	private final Instant generatedAt;

	private final String generatedBy;

	private RecordProof proof;

	private Set<String> waiting;

	private List<SignatureView> signatureViews;

	private List<Evidence> evidence;

	// the last two instants shown: the PDF shows each time its JSON attachment has just
	// written (an activity's start and end), and formatting a zone name is not free
	private final Instant[] shownAt = new Instant[2];

	private final String[] shown = new String[2];

	private int nextShown;

	DossierContent(RecordSummary record, EngineHistory history, AuditLedger ledger, Signatures signatures,
			Documents documents, TimeDisplay time, Instant generatedAt, String generatedBy) {
		this.record = record;
		this.history = history;
		this.ledger = ledger;
		this.signatures = signatures;
		this.documents = documents;
		this.time = time;
		this.generatedAt = generatedAt;
		this.generatedBy = generatedBy;
	}

	public RecordSummary record() {
		return record;
	}

	public Instant generatedAt() {
		return generatedAt;
	}

	/** Printed name and user id of who generated this copy. */
	public String generatedBy() {
		return generatedBy;
	}

	/** An instant as people read it: local time with zone id and UTC offset. */
	public String show(Instant instant) {
		if (instant == null) {
			return time.show(null);
		}
		for (int i = 0; i < shownAt.length; i++) {
			if (instant.equals(shownAt[i])) {
				return shown[i];
			}
		}
		String text = time.show(instant);
		shownAt[nextShown] = instant;
		shown[nextShown] = text;
		nextShown = (nextShown + 1) % shownAt.length;
		return text;
	}

	public void activities(Consumer<ActivityLine> each) {
		history.forEachActivity(record.processInstanceId(), each);
	}

	/** Where a running instance waits now (empty when it ended). */
	public Set<String> waitingAt() {
		if (waiting == null) {
			waiting = record.inProgress() ? history.waitingAt(record.processInstanceId()) : Set.of();
		}
		return waiting;
	}

	public void variableChanges(Consumer<VariableChange> each) {
		history.forEachVariableChange(record.processInstanceId(), each);
	}

	public void auditEntries(Consumer<AuditEntry> each) {
		ledger.forEachEntryOfRecord(record.processInstanceId(), each);
	}

	public List<SignatureView> signatures() {
		if (signatureViews == null) {
			signatureViews = signatures.forProcessInstance(record.processInstanceId());
		}
		return signatureViews;
	}

	public List<Evidence> documents() {
		if (evidence == null) {
			evidence = documents.evidenceOf(record.processInstanceId());
		}
		return evidence;
	}

	public RecordProof proof() {
		if (proof == null) {
			proof = ledger.proveRecord(record.processInstanceId());
		}
		return proof;
	}

}
