package org.gxpbridge.audittrail.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.shared.SealedRecordTable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The last ledger entry per sealed row (ACT_HI_* rows, ACT_HI_VARINST by its variable,
 * gxp_* record rows), compared with the rows as they are. A row that differs was updated
 * behind the server's back, a row without entry was inserted, an entry without row was
 * deleted. Engine history may only go by history cleanup, after the removal time the
 * ledger recorded for its process instance, and never under legal hold (CHK-19); anything
 * else is reported per instance with the reason. Record rows (gxp_*) are never removed by
 * anyone.
 */
final class RowIndex {

	static final String LEGAL_HOLD_ACTION = "LEGAL_HOLD_PLACED";
	static final String VARINST = "ACT_HI_VARINST";

	record Last(long seq, String digest, String processInstanceId) {
	}

	private final Map<String, Last> last = new HashMap<>();

	private final Map<String, VariableRows.Expected> variables = new HashMap<>();

	private final Map<String, Instant> removalAt = new HashMap<>();

	private final Map<String, Long> removalSeq = new HashMap<>();

	private final Map<String, Long> holds = new HashMap<>();

	private final Set<String> recordTables = new HashSet<>();

	private Instant lastCleanup;

	private final RecordTables records;

	RowIndex(RecordTables records) {
		this.records = records;
		recordTables.addAll(records.names());
	}

	void add(AuditEntry e) {
		if (e.sourceTable() != null && e.sourceRowId() != null) {
			keepLast(last, e.sourceTable() + "|" + e.sourceRowId(),
					new Last(e.seq(), e.sourceDigest(), e.processInstanceId()));
		}
		if ("Variable".equals(e.objectType()) && "ACT_HI_DETAIL".equals(e.sourceTable()) && e.objectId() != null) {
			// one variable event writes the DETAIL row (sealed by digest) and sets the
			// VARINST row to the same value (a removal only marks it deleted)
			variables.computeIfAbsent(e.objectId(), id -> new VariableRows.Expected()).add(e);
		}
		if (e.processInstanceId() != null
				&& ("ProcessInstance".equals(e.objectType()) || LEGAL_HOLD_ACTION.equals(e.action()))) {
			Long seen = removalSeq.get(e.processInstanceId());
			if (seen == null || seen < e.seq()) {
				removalSeq.put(e.processInstanceId(), e.seq());
				removalAt.put(e.processInstanceId(), LEGAL_HOLD_ACTION.equals(e.action()) ? null : e.removalAt());
			}
		}
		if (LEGAL_HOLD_ACTION.equals(e.action()) && e.processInstanceId() != null) {
			holds.merge(e.processInstanceId(), e.seq(), Math::min); // a hold is never
																	// released by a later
																	// entry
		}
		if (e.action() != null && e.action().equals(HistoryCapture.CLEANUP_ACTION)
				&& (lastCleanup == null || lastCleanup.isBefore(e.recordedAt()))) {
			lastCleanup = e.recordedAt();
		}
	}

	private static void keepLast(Map<String, Last> map, String key, Last entry) {
		Last before = map.get(key);
		if (before == null || before.seq < entry.seq) {
			map.put(key, entry);
		}
	}

	void crossCheck(JdbcTemplate jdbc, LedgerVerifier.Findings findings) {
		for (HistoryRows.Table table : HistoryRows.TABLES) {
			jdbc.query(table.select(), rs -> {
				compare(findings, table.name(), rs.getString("ID_"), table.digest(rs),
						"inserted behind the engine's back");
			});
		}
		jdbc.query(VariableRows.SELECT, rs -> {
			String id = rs.getString(1);
			VariableRows.Expected expected = variables.remove(id);
			if (expected == null) {
				findings.broken(null,
						VARINST + " row " + id + " has no ledger entry: inserted behind the engine's back");
			}
			else if (!VariableRows.actual(rs).equals(expected.digest())) {
				long seq = expected.last().seq();
				findings.broken(seq, VARINST + " row " + id + " (variable " + rs.getString(2)
						+ ") differs from ledger entry seq " + seq + ": its value was altered in the database");
			}
		});
		for (SealedRecordTable table : records.tables()) {
			RecordTables.forEachRow(jdbc, table,
					(key, digest) -> compare(findings, table.name(), key, digest, "inserted behind the server's back"));
		}
		Map<String, TreeMap<Long, String>> removedHistory = new HashMap<>();
		last.forEach((key, entry) -> {
			String table = key.substring(0, key.indexOf('|'));
			if (recordTables.contains(table) && entry.digest == null) {
				return; // removed on purpose by the entry (SealedRecordTable.removedBy)
			}
			if (recordTables.contains(table)) {
				findings.broken(entry.seq,
						key.replace('|', ' ') + " of ledger entry seq " + entry.seq + " was deleted from the database");
			}
			else {
				removedHistory(removedHistory, key.replace('|', ' '), entry);
			}
		});
		variables.forEach((id, expected) -> {
			AuditEntry last = expected.last();
			removedHistory(removedHistory, VARINST + " " + id, new Last(last.seq(), null, last.processInstanceId()));
		});
		removedHistory.forEach((pi, rows) -> reportRemoval(findings, pi, rows));
	}

	private void compare(LedgerVerifier.Findings findings, String table, String id, String digest, String inserted) {
		Last entry = last.remove(table + "|" + id);
		if (entry == null) {
			findings.broken(null, table + " row " + id + " has no ledger entry: " + inserted);
		}
		else if (!digest.equals(entry.digest)) {
			findings.broken(entry.seq,
					table + " row " + id + " differs from ledger entry seq " + entry.seq + ": altered in the database");
		}
	}

	/**
	 * Rows gone from the engine history, by process instance ("" for rows of none),
	 * unless cleanup was allowed to.
	 */
	void removedHistory(Map<String, TreeMap<Long, String>> byInstance, String row, Last entry) {
		String pi = entry.processInstanceId == null ? "" : entry.processInstanceId;
		if (!pi.isEmpty() && removalAllowed(pi)) {
			return;
		}
		byInstance.computeIfAbsent(pi, k -> new TreeMap<>()).put(entry.seq, row);
	}

	private boolean removalAllowed(String processInstanceId) {
		Instant removal = removalAt.get(processInstanceId);
		return !holds.containsKey(processInstanceId) && removal != null && lastCleanup != null
				&& removal.isBefore(lastCleanup);
	}

	/**
	 * One problem per instance (a DBA removing an instance takes dozens of rows), naming
	 * its first entry and why.
	 */
	void reportRemoval(LedgerVerifier.Findings findings, String pi, TreeMap<Long, String> rows) {
		long first = rows.firstKey();
		String what = rows.firstEntry().getValue() + " of ledger entry seq " + first
				+ " was deleted from the engine history"
				+ (rows.size() > 1
						? " (with " + (rows.size() - 1) + " more rows" + (pi.isEmpty() ? ")" : " of the same instance)")
						: "");
		if (pi.isEmpty()) {
			findings.broken(first, what);
			return;
		}
		Long hold = holds.get(pi);
		Instant removal = removalAt.get(pi);
		String why;
		if (hold != null) {
			why = "process instance " + pi + " is under legal hold (ledger entry seq " + hold + ")";
		}
		else if (removal == null) {
			why = "the ledger records no end of process instance " + pi + ", so its retention has not started";
		}
		else {
			why = "process instance " + pi + " is inside its retention: the ledger allows removal from " + removal
					+ (lastCleanup == null ? " and no history cleanup ran"
							: ", the last history cleanup ran at " + lastCleanup);
		}
		findings.broken(first, what + ", but " + why + " (CHK-19)");
	}

}
