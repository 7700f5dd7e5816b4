package org.gxpbridge.monitoring;

/**
 * CapaPriorityDecision's answer: HIGH, MEDIUM or LOW and the days until the CAPA is due.
 */
public record CapaPriority(String priority, int dueInDays) {
}
