package org.gxpbridge.reports;

/**
 * A column of a report: {@code key} names it in filters ({@code f.key=text}), sorting
 * ({@code sort=key} or {@code sort=-key}) and JSON; {@code label} is the heading.
 */
public record ReportColumn(String key, String label) {

	public static ReportColumn of(String key, String label) {
		return new ReportColumn(key, label);
	}

}
