package org.gxpbridge.design;

import java.time.Instant;
import java.util.Set;

/**
 * A design input requirement of an item. {@code type} is one of {@link #TYPES};
 * {@code SECURITY} requirements come from the threat model and the cybersecurity risk
 * assessment.
 */
public record DesignRequirement(String id, String text, String type, String recordedBy, Instant recordedAt) {

	public static final Set<String> TYPES = Set.of("FUNCTIONAL", "PERFORMANCE", "SAFETY", "SECURITY", "USABILITY",
			"INTERFACE", "REGULATORY");

}
