package org.gxpbridge.operations;

import java.time.Instant;

/**
 * One periodic restore test (CHK-20): which backup was restored where, the facts the
 * restored database reported about itself (ledger head, signatures), who recorded it and
 * which quality manager approved it. {@code reportSha256} identifies the restore report
 * kept with the record.
 */
public record RestoreTest(String testId, String processInstanceId, String status, Instant openedAt, String openedBy,
		String reportSha256, Instant reportGeneratedAt, Boolean ledgerIntact, Long ledgerPosition, String chainHash,
		Long signatures, Long signaturesVerified, String reportAcceptedBy, Instant reportAcceptedAt,
		Instant backupTakenAt, String restoredTo, String evidence, String recordedBy, Instant recordedAt,
		String approvedBy, Instant approvedAt) {

	/** Opened; the restore report and the operator's record are awaited. */
	public static final String OPEN = "OPEN";

	/** Recorded by the operator; a quality manager's approval is awaited. */
	public static final String RECORDED = "RECORDED";

	/** Approved (signed APPROVED) by a quality manager: the restore test is done. */
	public static final String APPROVED = "APPROVED";

	/** Whether a restore report was accepted for this test. */
	public boolean hasReport() {
		return reportSha256 != null;
	}

}
