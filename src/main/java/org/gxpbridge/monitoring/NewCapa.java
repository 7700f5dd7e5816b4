package org.gxpbridge.monitoring;

/**
 * A CAPA to open: its source and the source record's id (a finding, a gap action, a
 * complaint ...), and the facts its priority is decided on.
 */
public record NewCapa(String title, String description, CapaSource source, String sourceReference, Severity severity,
		boolean recurrence, boolean patientSafetyImpact) {
}
