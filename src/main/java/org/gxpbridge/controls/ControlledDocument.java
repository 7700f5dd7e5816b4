package org.gxpbridge.controls;

import java.time.Instant;

/**
 * A version of a controlled document in the register: one that became effective through
 * DocumentApprovalProcess. Superseded and retired versions stay in the register, marked
 * by {@code status} ({@code EFFECTIVE}, {@code SUPERSEDED}, {@code RETIRED}), with the
 * period they were effective in ({@code effectiveAt} to {@code effectiveUntil}, open
 * while effective). The file is the one reviewed and approved; its SHA-256 is in every
 * signature on the version.
 */
public record ControlledDocument(String documentNumber, String version, String title, String status, String authorId,
		String processInstanceId, Instant effectiveAt, String changeSummary, String fileDocumentId, String fileName,
		String fileSha256, Instant effectiveUntil, Instant nextReviewAt, String statusReason) {

	public static final String EFFECTIVE = "EFFECTIVE";

	public static final String SUPERSEDED = "SUPERSEDED";

	public static final String RETIRED = "RETIRED";

	/** A version as registered before the lifecycle fields existed. */
	public ControlledDocument(String documentNumber, String version, String title, String status, String authorId,
			String processInstanceId, Instant effectiveAt) {
		this(documentNumber, version, title, status, authorId, processInstanceId, effectiveAt, null, null, null, null,
				null, null, null);
	}

	/** Whether this version was the effective one at that instant. */
	public boolean effectiveOn(Instant at) {
		return !effectiveAt.isAfter(at) && (effectiveUntil == null || effectiveUntil.isAfter(at));
	}

}
