package org.gxpbridge.reports;

import java.util.Map;
import java.util.TreeMap;

import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.AuditableEvent;

/**
 * A report was shown or exported (issue 15 item 6, 11.10(b), CHK-06): who, which report,
 * with which filters, in which format, how many rows, and the SHA-256 of exactly the
 * bytes handed out (hashed while they were streamed). Other modules (the dossier, the
 * inspection room) publish it too for what they hand out.
 *
 * @param format {@code html} for a page view, otherwise the export format
 */
public record ReportHandedOut(String userId, String reportId, Map<String, String> filters, String format, long rows,
		String sha256) implements AuditableEvent {

	public static final String ACTION_VIEWED = "REPORT_VIEWED";

	public static final String ACTION_EXPORTED = "REPORT_EXPORTED";

	public static final String OBJECT_TYPE = "REPORT";

	@Override
	public AuditFacts auditFacts() {
		String filterText = filters == null || filters.isEmpty() ? "none" : new TreeMap<>(filters).toString();
		return AuditFacts.of(userId, "html".equals(format) ? ACTION_VIEWED : ACTION_EXPORTED, OBJECT_TYPE, reportId)
			.withChange("format", null, "format=" + format + "; rows=" + rows + "; filters=" + filterText)
			.withContentHash(sha256);
	}

}
