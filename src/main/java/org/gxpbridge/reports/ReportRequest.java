package org.gxpbridge.reports;

import java.util.Map;

/**
 * What the reader asked for: the acting user, a text filter per column key (a row is kept
 * when its value contains the text, ignoring case) and the sort key ({@code -key} for
 * descending, null for the provider's own order).
 */
public record ReportRequest(String userId, Map<String, String> filters, String sort) {

	public ReportRequest {
		filters = filters == null ? Map.of() : Map.copyOf(filters);
	}

	/** The filter text for a column, or null. */
	public String filter(String key) {
		String value = filters.get(key);
		return value == null || value.isBlank() ? null : value.trim();
	}

}
