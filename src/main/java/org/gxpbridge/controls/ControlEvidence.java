package org.gxpbridge.controls;

import java.time.Instant;

/**
 * A document of the documents module linked as evidence of a control's implementation,
 * with the SHA-256 verified against its stored bytes when it was linked.
 */
public record ControlEvidence(String documentId, String title, String sha256, String addedBy, Instant addedAt) {
}
