package org.gxpbridge.audittrail.internal;

import java.util.List;

import org.gxpbridge.shared.SealedRecordTable;
import org.gxpbridge.shared.SealedRecordTables;
import org.springframework.stereotype.Component;

/**
 * The audit trail's own record table: a legal hold, sealed by the entry that placed it.
 */
@Component
class LegalHoldTable implements SealedRecordTables {

	@Override
	public List<SealedRecordTable> sealedTables() {
		return List.of(sealedLegalHold());
	}

	private static SealedRecordTable sealedLegalHold() {
		return SealedRecordTable.of("gxp_audit_legal_hold", "h.process_instance_id", "gxp_audit_legal_hold h",
				"h.placed_at, h.placed_by, h.reason",
				e -> RowIndex.LEGAL_HOLD_ACTION.equals(e.action()) ? e.processInstanceId() : null);
	}

}
