package org.gxpbridge.audittrail.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.gxpbridge.audittrail.AuditEntry;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The last ledger entry per ACT_HI_* row, compared with the rows as they are. A row that differs was updated behind
 * the engine's back, a row without entry was inserted, an entry without row was deleted, unless history cleanup
 * removed it after the removal time the ledger recorded for its process instance and no legal hold applied (CHK-19).
 */
final class RowIndex {

    static final String LEGAL_HOLD_ACTION = "LEGAL_HOLD_PLACED";

    private record Last(long seq, String digest, String processInstanceId) {
    }

    private final Map<String, Last> last = new HashMap<>();
    private final Map<String, Instant> removalAt = new HashMap<>();
    private final Map<String, Long> removalSeq = new HashMap<>();
    private Instant lastCleanup;

    void add(AuditEntry e) {
        if (e.sourceTable() != null && e.sourceRowId() != null) {
            String k = e.sourceTable() + "|" + e.sourceRowId();
            Last before = last.get(k);
            if (before == null || before.seq < e.seq()) {
                last.put(k, new Last(e.seq(), e.sourceDigest(), e.processInstanceId()));
            }
        }
        if (e.processInstanceId() != null && ("ProcessInstance".equals(e.objectType()) || LEGAL_HOLD_ACTION.equals(e.action()))) {
            Long seen = removalSeq.get(e.processInstanceId());
            if (seen == null || seen < e.seq()) {
                removalSeq.put(e.processInstanceId(), e.seq());
                removalAt.put(e.processInstanceId(), LEGAL_HOLD_ACTION.equals(e.action()) ? null : e.removalAt());
            }
        }
        if (e.action() != null && e.action().equals(HistoryCapture.CLEANUP_ACTION)
                && (lastCleanup == null || lastCleanup.isBefore(e.recordedAt()))) {
            lastCleanup = e.recordedAt();
        }
    }

    void crossCheck(JdbcTemplate jdbc, LedgerVerifier.Findings findings) {
        for (HistoryRows.Table table : HistoryRows.TABLES) {
            jdbc.query(table.select(), rs -> {
                String id = rs.getString("ID_");
                Last entry = last.remove(table.name() + "|" + id);
                if (entry == null) {
                    findings.broken(null, table.name() + " row " + id + " has no ledger entry: inserted behind the engine's back");
                } else if (!table.digest(rs).equals(entry.digest)) {
                    findings.broken(entry.seq, table.name() + " row " + id + " differs from ledger entry seq " + entry.seq + ": altered in the database");
                }
            });
        }
        last.forEach((key, entry) -> {
            if (!removedByCleanup(entry.processInstanceId)) {
                findings.broken(entry.seq, key.replace('|', ' ') + " of ledger entry seq " + entry.seq + " was deleted from the engine history");
            }
        });
    }

    private boolean removedByCleanup(String processInstanceId) {
        Instant removal = processInstanceId == null ? null : removalAt.get(processInstanceId);
        return removal != null && lastCleanup != null && removal.isBefore(lastCleanup);
    }
}
