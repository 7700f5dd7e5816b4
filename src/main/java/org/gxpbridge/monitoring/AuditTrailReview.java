package org.gxpbridge.monitoring;

import java.time.Instant;

/**
 * One review of the audit trail of one record type: the ledger entries with
 * {@code fromSeq < seq <= toSeq} of that type ({@code entryCount} of them). Status OPEN,
 * then REVIEWED; {@code deviationRef} is the process instance a finding started, or null
 * with {@code followUp} saying why it waits for follow-up.
 */
public record AuditTrailReview(String reviewId, String processInstanceId, ReviewedRecordType recordType, long fromSeq,
		long toSeq, int entryCount, String status, Instant openedAt, String reviewedBy, Instant reviewedAt,
		String outcome, String findings, String findingEntries, String deviationRef, String followUp) {

	public static final String OPEN = "OPEN";

	public static final String REVIEWED = "REVIEWED";

	/**
	 * Opened with no entry of its type since the previous review: its instance ends at
	 * EndEvent_NothingToReview, nothing waits for a reviewer.
	 */
	public static final String NOTHING_NEW = "NOTHING_NEW";

	/**
	 * Its instance ended (cancelled or deleted) before anyone signed the review: its
	 * entries were not reviewed, and the next review of its type covers them again.
	 */
	public static final String ABANDONED = "ABANDONED";

}
