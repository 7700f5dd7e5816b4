package org.gxpbridge.reports;

import java.time.Instant;

/**
 * What {@code /records} searches by, nulls meaning "any": {@code q} (business key, title
 * or process name, instance id), the process key, the status ({@code running},
 * {@code finished} or {@code cancelled}), the start time range ({@code from} inclusive,
 * {@code to} exclusive), and the page (from 0) of {@code size} rows.
 */
public record RecordSearch(String q, String process, String status, Instant from, Instant to, int page, int size) {

	public static final int MAX_SIZE = 200;

	public RecordSearch {
		page = Math.max(0, page);
		size = size <= 0 ? 50 : Math.min(size, MAX_SIZE);
	}

}
