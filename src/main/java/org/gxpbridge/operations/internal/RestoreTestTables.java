package org.gxpbridge.operations.internal;

import java.util.List;

import org.gxpbridge.shared.SealedRecordTable;
import org.gxpbridge.shared.SealedRecordTables;
import org.springframework.stereotype.Component;

/**
 * The restore tests (V165), sealed by the ledger: each change is a
 * {@code RestoreTestChanged} entry about the row, so a row changed in SQL behind the
 * server's back is reported by verification (CHK-04).
 */
@Component
class RestoreTestTables implements SealedRecordTables {

	@Override
	public List<SealedRecordTable> sealedTables() {
		return List.of(SealedRecordTable.of("gxp_restore_test", "t.test_id", "gxp_restore_test t",
				"t.process_instance_id, t.status, t.opened_at, t.opened_by, t.report, t.report_sha256, "
						+ "t.report_generated_at, t.ledger_intact, t.ledger_position, t.chain_hash, t.signatures, "
						+ "t.signatures_verified, t.report_accepted_by, t.report_accepted_at, t.backup_taken_at, "
						+ "t.restored_to, t.evidence, t.recorded_by, t.recorded_at, t.approved_by, t.approved_at",
				SealedRecordTable.byObjectId("RestoreTest")));
	}

}
