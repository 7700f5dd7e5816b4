package org.gxpbridge.reports;

import java.util.List;

/**
 * A report as a page shows it: its columns, the rows after filtering and sorting (at most
 * the page's limit), whether more rows matched than are shown, and the SHA-256 of the
 * rows shown in their CSV form (what the audit trail records for the view).
 */
public record ReportTable(String id, String title, String description, List<ReportColumn> columns,
		List<List<String>> rows, boolean truncated, String sha256) {
}
