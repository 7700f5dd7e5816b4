package org.gxpbridge.monitoring;

import java.util.Set;

import org.gxpbridge.audittrail.AuditEntry;

/**
 * The record types whose audit trail is reviewed, each by its own task: what the ledger
 * holds, grouped by object type. The engine's routine history of process work (activity,
 * task, variable and identity-link rows) is the detail under these records and is not
 * reviewed on its own; operations on process instances (modification, cancellation,
 * suspension, deletion), deployments, history cleanup and legal holds are, as process
 * changes (the routine claim and complete of tasks aside).
 */
public enum ReviewedRecordType {

	/** Electronic signatures made (P11-50, P11-70). */
	SIGNATURES,
	/**
	 * Uploads, refused uploads, exports, integrity failures, documents made effective.
	 */
	DOCUMENTS,
	/**
	 * Administrator activity on accounts and roles, logins, lockouts, refused access.
	 */
	ACCOUNTS,
	/** Engine operations by people, deployments, history cleanup, legal holds. */
	PROCESS_CHANGES,
	/** Every other module record (registers, reviews, assessments, CAPA ...). */
	RECORDS;

	/**
	 * The engine's log of people's routine task work (claim, complete ...): part of the
	 * process record, not a change to the process.
	 */
	private static final Set<String> ROUTINE_OPERATIONS = Set.of("Create", "Complete", "Claim", "Assign", "Delegate",
			"Resolve", "SetOwner", "SetPriority");

	private static final Set<String> ENGINE_HISTORY = Set.of("ProcessInstance", "ActivityInstance", "Task", "Variable",
			"IdentityLink", "Incident", "Job");

	/** The record type an entry belongs to; null for routine engine history. */
	public static ReviewedRecordType of(AuditEntry e) {
		String type = e.objectType() == null ? "" : e.objectType();
		String action = e.action() == null ? "" : e.action();
		if ("Signature".equals(type)) {
			return SIGNATURES;
		}
		if (Set.of("Document", "Upload", "ControlledDocument").contains(type)) {
			return DOCUMENTS;
		}
		if ("Account".equals(type)) {
			return ACCOUNTS;
		}
		if (type.startsWith("Operation:") && ROUTINE_OPERATIONS.contains(action)) {
			return null;
		}
		if (type.startsWith("Operation:") || "Deployment".equals(type) || "HistoryCleanup".equals(type)
				|| action.startsWith("LEGAL_HOLD") || action.startsWith("HISTORY_CLEANUP")) {
			return PROCESS_CHANGES;
		}
		if (ENGINE_HISTORY.contains(type) || type.startsWith("Historic")) {
			return null;
		}
		return RECORDS;
	}

}
