package org.gxpbridge.reports;

import java.util.List;

/**
 * A page of records, newest first, and how many match in all; {@code everything} is true
 * when the reader sees all records (QUALITY_MANAGER, AUDITOR, INSPECTOR), not just their
 * own.
 */
public record RecordPage(List<RecordRow> rows, int page, int size, long total, boolean everything) {

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

}
