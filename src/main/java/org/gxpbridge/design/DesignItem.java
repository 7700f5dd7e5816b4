package org.gxpbridge.design;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A design item (a device or software item at a version) with its designers and design
 * inputs: requirements, the threat model (null until uploaded), the cybersecurity risk
 * assessment (a risk register id of the risk module) and the verifications. Status
 * {@value #DRAFT}, {@value #IN_REVIEW} (an independent review is open), {@value #REWORK}
 * or {@value #APPROVED}.
 */
public record DesignItem(String id, String name, String version, String status, String riskRegisterId,
		List<String> designers, ThreatModel threatModel, List<DesignRequirement> requirements,
		List<DesignVerification> verifications, String createdBy, Instant createdAt) {

	public static final String DRAFT = "DRAFT";

	public static final String IN_REVIEW = "IN_REVIEW";

	public static final String REWORK = "REWORK";

	public static final String APPROVED = "APPROVED";

	/** The threat model document as stored, with the SHA-256 of its bytes. */
	public record ThreatModel(String documentId, String title, String sha256) {
	}

	public boolean isDesigner(String userId) {
		return userId != null && designers.contains(userId.toLowerCase(Locale.ROOT));
	}

}
