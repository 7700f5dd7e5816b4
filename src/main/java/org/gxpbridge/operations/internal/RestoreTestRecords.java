package org.gxpbridge.operations.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.gxpbridge.operations.RestoreTest;
import org.gxpbridge.shared.SignableRecord;
import org.gxpbridge.shared.SignableRecords;
import org.springframework.stereotype.Component;

/**
 * What the APPROVED signature of BackupVerificationProcess covers: the restore test as
 * recorded (the restored ledger head and signature counts of the accepted report, its
 * SHA-256, when the backup was taken, where it was restored, the evidence, who recorded
 * it), bound to the process instance in {@code gxp_restore_test}. Approver and status are
 * written when the step completes, after the signature was made.
 */
@Component
class RestoreTestRecords implements SignableRecords {

	static final String TYPE = "restore-test";

	private final RestoreTestStore store;

	RestoreTestRecords(RestoreTestStore store) {
		this.store = store;
	}

	@Override
	public Optional<SignableRecord> forProcessInstance(String processInstanceId) {
		return store.forProcessInstance(processInstanceId).map(RestoreTestRecords::record);
	}

	static SignableRecord record(RestoreTest t) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("testId", t.testId());
		content.put("reportSha256", t.reportSha256());
		content.put("ledgerIntact", t.ledgerIntact());
		content.put("ledgerPosition", t.ledgerPosition());
		content.put("chainHash", t.chainHash());
		content.put("signatures", t.signatures());
		content.put("signaturesVerified", t.signaturesVerified());
		content.put("backupTakenAt", t.backupTakenAt() == null ? null : t.backupTakenAt().toString());
		content.put("restoredTo", t.restoredTo());
		content.put("evidence", t.evidence());
		content.put("recordedBy", t.recordedBy());
		return new SignableRecord(TYPE, t.testId(), 1, content);
	}

}
