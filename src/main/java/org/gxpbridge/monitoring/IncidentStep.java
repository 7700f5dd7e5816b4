package org.gxpbridge.monitoring;

import java.time.Instant;

/**
 * What was done in one phase of a cybersecurity incident's response, by whom and when.
 */
public record IncidentStep(IncidentPhase phase, String notes, String recordedBy, Instant recordedAt) {
}
