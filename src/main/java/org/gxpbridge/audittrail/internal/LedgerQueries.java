package org.gxpbridge.audittrail.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.audittrail.AuditQuery;
import org.gxpbridge.audittrail.ChainPosition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the ledger for people: by process instance, business key, user and UTC time
 * range, oldest first.
 */
@Component
public class LedgerQueries {

	private final JdbcTemplate jdbc;

	LedgerQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<AuditEntry> find(AuditQuery q) {
		StringBuilder sql = new StringBuilder(
				"select " + LedgerRows.COLUMNS + ", s.pos, s.chain_hash from gxp_audit_entry e "
						+ "left join gxp_audit_seal s on s.seq = e.seq where 1 = 1");
		List<Object> args = new ArrayList<>();
		if (q.processInstanceId() != null && !q.processInstanceId().isBlank()) {
			sql.append(" and e.process_instance_id = ?");
			args.add(q.processInstanceId().trim());
		}
		if (q.businessKey() != null && !q.businessKey().isBlank()) {
			sql.append(" and e.business_key = ?");
			args.add(q.businessKey().trim());
		}
		if (q.user() != null && !q.user().isBlank()) {
			sql.append(" and e.actor_id = ?");
			args.add(q.user().trim().toLowerCase(Locale.ROOT));
		}
		if (q.from() != null) {
			sql.append(" and e.recorded_at >= ?");
			args.add(LedgerRows.odt(q.from()));
		}
		if (q.to() != null) {
			sql.append(" and e.recorded_at < ?");
			args.add(LedgerRows.odt(q.to()));
		}
		sql.append(" order by e.seq fetch first ? rows only");
		args.add(Math.max(1, Math.min(q.limit(), 10_000)));
		return jdbc.query(sql.toString(), (rs, n) -> {
			boolean sealed = rs.getObject("pos") != null;
			return LedgerRows.entry(rs, sealed);
		}, args.toArray());
	}

	/** Entries with afterSeq &lt; seq &lt;= upToSeq, oldest first, at most limit. */
	public List<AuditEntry> between(long afterSeq, long upToSeq, int limit) {
		return jdbc.query(
				"select " + LedgerRows.COLUMNS + ", s.pos, s.chain_hash from gxp_audit_entry e "
						+ "left join gxp_audit_seal s on s.seq = e.seq where e.seq > ? and e.seq <= ? order by e.seq "
						+ "fetch first ? rows only",
				(rs, n) -> LedgerRows.entry(rs, rs.getObject("pos") != null), afterSeq, upToSeq, Math.max(1, limit));
	}

	/**
	 * Every entry of one process instance, oldest first, read in pages of {@code page} by
	 * sequence number: memory stays bounded however long the record's history is.
	 */
	public void forEachOfRecord(String processInstanceId, int page, Consumer<AuditEntry> each) {
		long after = -1;
		while (true) {
			List<AuditEntry> batch = jdbc.query("select " + LedgerRows.COLUMNS
					+ ", s.pos, s.chain_hash from gxp_audit_entry e left join gxp_audit_seal s on s.seq = e.seq "
					+ "where e.process_instance_id = ? and e.seq > ? order by e.seq fetch first ? rows only",
					(rs, n) -> LedgerRows.entry(rs, rs.getObject("pos") != null), processInstanceId, after, page);
			batch.forEach(each);
			if (batch.size() < page) {
				return;
			}
			after = batch.get(batch.size() - 1).seq();
		}
	}

	/**
	 * The entries of one process instance that captured the given engine history rows
	 * ({@code ACT_HI_*} table and row ids), by row id; where a row was captured more than
	 * once (a task created, assigned, completed) the newest entry.
	 */
	public Map<String, AuditEntry> aboutHistoryRows(String processInstanceId, String table, Collection<String> rowIds) {
		Map<String, AuditEntry> found = new HashMap<>();
		if (rowIds.isEmpty()) {
			return found;
		}
		List<Object> args = new ArrayList<>();
		args.add(processInstanceId);
		args.add(table);
		args.addAll(rowIds);
		String marks = String.join(", ", Collections.nCopies(rowIds.size(), "?"));
		jdbc.query("select " + LedgerRows.COLUMNS
				+ ", s.pos, s.chain_hash from gxp_audit_entry e left join gxp_audit_seal s on s.seq = e.seq "
				+ "where e.process_instance_id = ? and e.source_table = ? and e.source_row_id in (" + marks
				+ ") order by e.seq", rs -> {
					AuditEntry e = LedgerRows.entry(rs, rs.getObject("pos") != null);
					found.put(e.sourceRowId(), e);
				}, args.toArray());
		return found;
	}

	/** The newest entry's sequence number; 0 for an empty ledger. */
	public long latestSeq() {
		Long seq = jdbc.queryForObject("select max(seq) from gxp_audit_entry", Long.class);
		return seq == null ? 0 : seq;
	}

	/**
	 * The sealed head: highest chain position and its chain hash; empty for a ledger with
	 * nothing sealed.
	 */
	public Optional<ChainPosition> sealedHead() {
		return jdbc
			.query("select pos, chain_hash from gxp_audit_seal order by pos desc fetch first 1 rows only",
					(rs, n) -> new ChainPosition(rs.getLong(1), rs.getString(2)))
			.stream()
			.findFirst();
	}

	/** The chain hash at a chain position, empty when the chain is shorter. */
	public Optional<String> chainHashAt(long pos) {
		return jdbc.queryForList("select chain_hash from gxp_audit_seal where pos = ?", String.class, pos)
			.stream()
			.findFirst();
	}

}
