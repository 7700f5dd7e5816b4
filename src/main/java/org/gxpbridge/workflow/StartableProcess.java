package org.gxpbridge.workflow;

/** A process a user may start: key, name and description of its latest version. */
public record StartableProcess(String key, String name, String description, int version, String definitionId) {
}
