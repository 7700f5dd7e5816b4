package org.gxpbridge.regulation;

/** TEMP stub (gap branch): the catalogue helper delivers the real one. */
public record Requirement(String frameworkId, String id, String title, String description, String parentId,
		int sortOrder) {
}
