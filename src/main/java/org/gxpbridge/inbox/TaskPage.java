package org.gxpbridge.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.gxpbridge.documents.Evidence;
import org.gxpbridge.signature.SignatureView;

/**
 * Everything the task page shows, signatures of the instance with their manifestation
 * (11.50) included, and the documents attached to the instance (the file a reviewer
 * reads, with the SHA-256 their signature covers). The form comes as the deployed form-js
 * schema with the values to show ({@code formData}: the record's variables, or what the
 * user submitted) and the errors per component ({@code formErrors}, as form-js keys
 * them); {@code form} is the same form as a flat list of its keyed fields.
 */
public record TaskPage(InboxTask task, String documentation, List<FormField> form, List<HistoryLine> history,
		List<SignatureView> signatures, boolean claimable, boolean completable, List<Evidence> documents,
		JsonNode formSchema, Map<String, Object> formData, Map<String, Object> formErrors) {

	/**
	 * The page again after a refused submission: the submitted values over the record's,
	 * and the errors next to their fields.
	 */
	public TaskPage withSubmission(Map<String, ?> submitted, Map<String, Object> errors) {
		Map<String, Object> data = new LinkedHashMap<>(formData);
		data.putAll(submitted);
		return new TaskPage(task, documentation, form, history, signatures, claimable, completable, documents,
				formSchema, data, new LinkedHashMap<>(errors));
	}
}
