package org.gxpbridge.improvement;

import java.time.Instant;

/**
 * A controlled document the change revises through document control: the version
 * effective at the request, the revision's DocumentApprovalProcess instance and, once
 * effective, the new version (an output of the change).
 */
public record ChangeRequestDocument(String documentNumber, String versionAtRequest, String title,
		String revisionProcessInstanceId, String effectiveVersion, Instant effectiveAt) {

	public boolean effective() {
		return effectiveVersion != null;
	}

}
