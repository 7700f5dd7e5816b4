package org.gxpbridge.reports;

/** What an export handed out: its rows, bytes and the SHA-256 of those bytes. */
public record ExportSummary(String reportId, ExportFormat format, long rows, long bytes, String sha256) {
}
