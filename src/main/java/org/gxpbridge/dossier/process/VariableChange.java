package org.gxpbridge.dossier.process;

import java.time.Instant;

/**
 * One variable update from the engine history (ACT_HI_DETAIL) with who made it, the value
 * before and the reason as the ledger recorded them ({@code ledgerSeq} null when the
 * ledger holds no entry for it, which the dossier then shows).
 */
public record VariableChange(String detailId, Instant time, String variable, String type, String oldValue,
		String newValue, String who, String reason, String activityInstanceId, Long ledgerSeq) {
}
