package org.gxpbridge.modeling;

import java.time.Instant;
import java.util.List;

/**
 * A draft of a model at one version (every save is a new version; old versions are kept).
 * {@code checksum} is the SHA-256 (hex) of the content's UTF-8 bytes; {@code problems}
 * are those its validation found when it was saved.
 */
public record ModelDraft(String draftId, ModelKind kind, String key, String resourceName, String baseDeploymentId,
		int version, String status, String content, String checksum, String author, String savedBy, Instant savedAt,
		List<ModelProblem> problems) {

	public static final String DRAFT = "DRAFT";

	public static final String SUBMITTED = "SUBMITTED";

	public static final String APPROVED = "APPROVED";

	public static final String REJECTED = "REJECTED";

	public static final String DEPLOYED = "DEPLOYED";

	public static final String WITHDRAWN = "WITHDRAWN";

	/** Whether the author may still save new versions. */
	public boolean editable() {
		return DRAFT.equals(status) || REJECTED.equals(status);
	}

}
