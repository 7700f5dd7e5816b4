package org.gxpbridge.modeling;

import java.time.Instant;

/** A draft in a list: its latest version without the content. */
public record DraftSummary(String draftId, ModelKind kind, String key, String resourceName, int version, String status,
		String author, Instant savedAt, int problemCount) {

}
