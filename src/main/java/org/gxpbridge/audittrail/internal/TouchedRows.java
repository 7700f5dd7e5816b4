package org.gxpbridge.audittrail.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.shared.SealedRecordTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The cross-check of {@link RowIndex} for the rows a part of the ledger seals: those
 * touched by the entries after a verified checkpoint (incremental verification), or the
 * engine history rows of one process instance (a record's proof). Rows are fetched by id
 * in batches, never by a scan of a whole table, so the work grows with the entries given,
 * not with the ledger. What it cannot see by design: a row that no given entry names, so
 * a row inserted behind the server's back, or altered when its last entry lies before the
 * checkpoint, waits for the next full walk (docs/audit-trail.md).
 */
final class TouchedRows {

	private final Map<String, Map<String, RowIndex.Last>> byTable = new LinkedHashMap<>();

	private final Map<String, VariableRows.Expected> variables = new HashMap<>();

	private final RecordTables records;

	private final boolean withRecordTables;

	/**
	 * @param withRecordTables false for one record's proof: a gxp_* row may have been
	 * changed later by another record's entry, which the proof does not read
	 */
	TouchedRows(RecordTables records, boolean withRecordTables) {
		this.records = records;
		this.withRecordTables = withRecordTables;
	}

	void add(AuditEntry e) {
		if (e.sourceTable() != null && e.sourceRowId() != null) {
			Map<String, RowIndex.Last> rows = byTable.computeIfAbsent(e.sourceTable(), t -> new HashMap<>());
			RowIndex.Last before = rows.get(e.sourceRowId());
			if (before == null || before.seq() < e.seq()) {
				rows.put(e.sourceRowId(), new RowIndex.Last(e.seq(), e.sourceDigest(), e.processInstanceId()));
			}
		}
		if ("Variable".equals(e.objectType()) && "ACT_HI_DETAIL".equals(e.sourceTable()) && e.objectId() != null) {
			variables.computeIfAbsent(e.objectId(), id -> new VariableRows.Expected()).add(e);
		}
	}

	void check(JdbcTemplate jdbc, LedgerVerifier.Findings findings) {
		Map<String, TreeMap<Long, String>> removed = new HashMap<>();
		for (HistoryRows.Table table : HistoryRows.TABLES) {
			Map<String, RowIndex.Last> rows = byTable.getOrDefault(table.name(), Map.of());
			inBatches(jdbc, table.select() + " where ID_ in ", rows.keySet(), rs -> {
				String id = rs.getString("ID_");
				RowIndex.Last entry = rows.remove(id);
				if (entry != null && !table.digest(rs).equals(entry.digest())) {
					findings.broken(entry.seq(), table.name() + " row " + id + " differs from ledger entry seq "
							+ entry.seq() + ": altered in the database");
				}
			});
			rows.forEach((id, entry) -> removed.computeIfAbsent(pi(entry), k -> new TreeMap<>())
				.put(entry.seq(), table.name() + " " + id));
		}
		// a variable removed after the checkpoint but written before it: its row shows
		// the
		// last written value, so that write is read from the ledger (by instance,
		// indexed)
		variables.forEach((id, expected) -> {
			String pi = expected.last().processInstanceId();
			if (!expected.hasWrite() && pi != null) {
				RowCallbackHandler earlier = rs -> expected.add(LedgerRows.entry(rs, false));
				jdbc.query("select " + LedgerRows.COLUMNS + " from gxp_audit_entry e where e.process_instance_id = ? "
						+ "and e.object_type = 'Variable' and e.source_table = 'ACT_HI_DETAIL' and e.object_id = ?",
						earlier, pi, id);
			}
		});
		inBatches(jdbc, VariableRows.SELECT + " where v.ID_ in ", variables.keySet(), rs -> {
			String id = rs.getString(1);
			VariableRows.Expected expected = variables.remove(id);
			if (expected != null && !VariableRows.actual(rs).equals(expected.digest())) {
				long seq = expected.last().seq();
				findings.broken(seq, RowIndex.VARINST + " row " + id + " (variable " + rs.getString(2)
						+ ") differs from ledger entry seq " + seq + ": its value was altered in the database");
			}
		});
		variables.forEach(
				(id, expected) -> removed.computeIfAbsent(pi(expected.last().processInstanceId()), k -> new TreeMap<>())
					.put(expected.last().seq(), RowIndex.VARINST + " " + id));
		if (withRecordTables) {
			checkRecordRows(jdbc, findings);
		}
		if (!removed.isEmpty()) {
			reportRemoved(jdbc, findings, removed);
		}
	}

	private void checkRecordRows(JdbcTemplate jdbc, LedgerVerifier.Findings findings) {
		for (SealedRecordTable table : records.tables()) {
			byTable.getOrDefault(table.name(), Map.of()).forEach((key, entry) -> {
				String digest = RecordTables.digestOf(jdbc, table, key);
				if (digest == null && entry.digest() != null) {
					findings.broken(entry.seq(), table.name() + " " + key + " of ledger entry seq " + entry.seq()
							+ " was deleted from the database");
				}
				else if (digest != null && !digest.equals(entry.digest())) {
					findings.broken(entry.seq(), table.name() + " row " + key + " differs from ledger entry seq "
							+ entry.seq() + ": altered in the database");
				}
			});
		}
	}

	/**
	 * History rows gone: allowed only after the removal time the ledger recorded for the
	 * instance and a cleanup run, never under legal hold; those entries are read for the
	 * instances concerned only (rare: rows go only by history cleanup).
	 */
	private void reportRemoved(JdbcTemplate jdbc, LedgerVerifier.Findings findings,
			Map<String, TreeMap<Long, String>> removed) {
		RowIndex context = new RowIndex(records);
		List<String> instances = new ArrayList<>(removed.keySet());
		instances.remove("");
		inBatches(jdbc, "select " + LedgerRows.COLUMNS + " from gxp_audit_entry e where e.process_instance_id in ",
				instances, rs -> context.add(LedgerRows.entry(rs, false)));
		RowCallbackHandler add = rs -> context.add(LedgerRows.entry(rs, false));
		jdbc.query("select " + LedgerRows.COLUMNS + " from gxp_audit_entry e where e.action = ?", add,
				HistoryCapture.CLEANUP_ACTION);
		Map<String, TreeMap<Long, String>> reported = new HashMap<>();
		removed.forEach((pi, rows) -> rows.forEach((seq, row) -> context.removedHistory(reported, row,
				new RowIndex.Last(seq, null, pi.isEmpty() ? null : pi))));
		reported.forEach((pi, rows) -> context.reportRemoval(findings, pi, rows));
	}

	private static String pi(RowIndex.Last entry) {
		return pi(entry.processInstanceId());
	}

	private static String pi(String processInstanceId) {
		return processInstanceId == null ? "" : processInstanceId;
	}

	private static void inBatches(JdbcTemplate jdbc, String sqlBeforeList, Collection<String> ids,
			RowCallbackHandler each) {
		LedgerRows.inLists(ids, (list, args) -> jdbc.query(sqlBeforeList + list, each, args));
	}

}
