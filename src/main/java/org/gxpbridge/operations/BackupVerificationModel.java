package org.gxpbridge.operations;

/**
 * Element ids and variable names of {@code processes/backup-verification.bpmn} (CHK-20,
 * EU Annex 11 §7.2). ProcessModelContractTests checks that every id here exists in the
 * model.
 */
public final class BackupVerificationModel {

	public static final String PROCESS_KEY = "BackupVerificationProcess";

	/**
	 * The schedule ({@code gxp.operations.restore-test-cycle}, quarterly by default),
	 * also the start of an administrator or IT security officer at any time (the engine
	 * allows no none start event beside a timer start event).
	 */
	public static final String START_DUE = "StartEvent_RestoreTestDue";

	public static final String TASK_OPEN = "Task_OpenRestoreTest";

	public static final String TASK_RECORD = "Task_RecordRestoreTest";

	public static final String TASK_APPROVE = "Task_ApproveRestoreTest";

	public static final String END_APPROVED = "EndEvent_RestoreTestApproved";

	/** Variables. */
	public static final String VAR_TEST_ID = "restoreTestId";

	/** ISO-8601 date-time (or date) when the restored backup was taken. */
	public static final String VAR_BACKUP_TAKEN_AT = "backupTakenAt";

	public static final String VAR_RESTORED_TO = "restoredTo";

	public static final String VAR_EVIDENCE = "restoreEvidence";

	private BackupVerificationModel() {
	}

}
