package org.gxpbridge.regulation;

/** TEMP stub (gap branch): the catalogue helper delivers the real one. */
public record Mapping(String fromFramework, String fromRequirement, String toFramework, String toRequirement,
		String relation) {
}
