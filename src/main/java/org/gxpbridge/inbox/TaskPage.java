package org.gxpbridge.inbox;

import java.util.List;

import org.gxpbridge.documents.Evidence;
import org.gxpbridge.signature.SignatureView;

/**
 * Everything the task page shows, signatures of the instance with their manifestation
 * (11.50) included, and the documents attached to the instance (the file a reviewer
 * reads, with the SHA-256 their signature covers).
 */
public record TaskPage(InboxTask task, String documentation, List<FormField> form, List<HistoryLine> history,
		List<SignatureView> signatures, boolean claimable, boolean completable, List<Evidence> documents) {

	public TaskPage withForm(List<FormField> fields) {
		return new TaskPage(task, documentation, fields, history, signatures, claimable, completable, documents);
	}
}
