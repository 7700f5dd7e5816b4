package org.gxpbridge.inspection;

import java.util.List;

/**
 * What an inspector files: a subject, the request in words, and optional references to
 * records (business keys or process instance ids, e.g. {@code CAPA-2026-014}).
 */
public record NewInspectionRequest(String subject, String text, List<String> recordRefs) {

	public NewInspectionRequest {
		recordRefs = recordRefs == null ? List.of() : List.copyOf(recordRefs);
	}

}
