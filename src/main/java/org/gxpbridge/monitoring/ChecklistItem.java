package org.gxpbridge.monitoring;

/** One line of an audit's checklist: a requirement in the audit's scope. */
public record ChecklistItem(int number, String requirementId, String requirementText) {
}
