package org.gxpbridge.dossier;

/**
 * What was handed out: its SHA-256 (hex) and size, as recorded in the audit trail.
 */
public record ExportReceipt(String processInstanceId, DossierFormat format, String sha256, long bytes) {
}
