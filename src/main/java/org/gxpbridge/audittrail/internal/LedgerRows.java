package org.gxpbridge.audittrail.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;

import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.shared.AuditFacts;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reading and writing ledger rows; timestamps go through OffsetDateTime in UTC on H2 and
 * PostgreSQL alike.
 */
final class LedgerRows {

	static final String COLUMNS = "e.seq, e.recorded_at, e.actor_id, e.actor_name, e.actor_role, e.action, e.object_type, e.object_id, "
			+ "e.process_instance_id, e.business_key, e.field_name, e.old_value, e.new_value, e.reason, e.client_address, "
			+ "e.content_hash, e.source_table, e.source_row_id, e.source_digest, e.removal_at";

	static final String INSERT = "insert into gxp_audit_entry (recorded_at, actor_id, actor_name, actor_role, action, object_type, object_id, "
			+ "process_instance_id, business_key, field_name, old_value, new_value, reason, client_address, content_hash, "
			+ "source_table, source_row_id, source_digest, removal_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String INSERT_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	/**
	 * Rows per multi-row insert: 50 x 19 parameters, well inside every driver's limit.
	 */
	private static final int ROWS_PER_INSERT = 50;

	private LedgerRows() {
	}

	/**
	 * Inserts the rows of {@link #insertArgs} in their order (so their seqs ascend in it)
	 * as multi-row inserts: on PostgreSQL a JDBC batch is still one statement per row,
	 * and each statement costs the server a bind and an execution of its own (issue 17
	 * goal 1).
	 */
	static void insertAll(JdbcTemplate jdbc, List<Object[]> rows) {
		insertInChunks(jdbc, INSERT.substring(0, INSERT.indexOf(" values ") + 8), INSERT_ROW, rows, ROWS_PER_INSERT);
	}

	/**
	 * {@code insert ... values} with up to {@code perStatement} rows of {@code rowMarks}
	 * per statement, in the rows' order.
	 */
	static void insertInChunks(JdbcTemplate jdbc, String insertValues, String rowMarks, List<Object[]> rows,
			int perStatement) {
		for (int from = 0; from < rows.size(); from += perStatement) {
			List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
			StringBuilder sql = new StringBuilder(insertValues);
			List<Object> args = new ArrayList<>(chunk.size() * chunk.get(0).length);
			for (int i = 0; i < chunk.size(); i++) {
				sql.append(i == 0 ? "" : ", ").append(rowMarks);
				args.addAll(Arrays.asList(chunk.get(i)));
			}
			jdbc.update(sql.toString(), args.toArray());
		}
	}

	/**
	 * Runs {@code each} once per batch of at most 200 ids with the batch's
	 * {@code (?, ?, ...)} list and its arguments, for {@code ... in (...)} statements.
	 */
	static void inLists(Collection<?> ids, BiConsumer<String, Object[]> each) {
		List<?> all = new ArrayList<>(ids);
		for (int from = 0; from < all.size(); from += 200) {
			List<?> batch = all.subList(from, Math.min(all.size(), from + 200));
			each.accept("(" + String.join(", ", Collections.nCopies(batch.size(), "?")) + ")", batch.toArray());
		}
	}

	/** The columns of {@link #INSERT}: the draft and who its actor is now. */
	static Object[] insertArgs(EntryDraft d, String actorId, String actorName, String actorRole) {
		AuditFacts f = d.facts();
		EntryDraft.Source s = d.source() == null ? new EntryDraft.Source(null, null, null) : d.source();
		return new Object[] { odt(d.recordedAt()), actorId, actorName, actorRole, f.action(), f.objectType(),
				cut(f.objectId(), 255), f.processInstanceId(), cut(f.businessKey(), 255), cut(f.field(), 255),
				cut(f.oldValue(), 4000), cut(f.newValue(), 4000), cut(f.reason(), 1000), cut(d.clientAddress(), 64),
				f.contentHash(), s.table(), s.rowId(), s.digest(), odt(d.removalAt()) };
	}

	/**
	 * Maps {@link #COLUMNS} starting at column {@code first} (1-based); when sealed, pos
	 * and chain_hash follow them.
	 */
	static AuditEntry entry(ResultSet rs, int first, boolean sealed) throws SQLException {
		int i = first;
		return new AuditEntry(rs.getLong(i), instant(rs, i + 1), rs.getString(i + 2), rs.getString(i + 3),
				rs.getString(i + 4), rs.getString(i + 5), rs.getString(i + 6), rs.getString(i + 7), rs.getString(i + 8),
				rs.getString(i + 9), rs.getString(i + 10), rs.getString(i + 11), rs.getString(i + 12),
				rs.getString(i + 13), rs.getString(i + 14), rs.getString(i + 15), rs.getString(i + 16),
				rs.getString(i + 17), rs.getString(i + 18), instant(rs, i + 19),
				sealed ? (Long) rs.getLong(i + 20) : null, sealed ? rs.getString(i + 21) : null);
	}

	static AuditEntry entry(ResultSet rs, boolean sealed) throws SQLException {
		return entry(rs, 1, sealed);
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	static OffsetDateTime odt(Instant t) {
		return t == null ? null : t.atOffset(ZoneOffset.UTC);
	}

	static Long millis(Timestamp t) {
		return t == null ? null : t.getTime();
	}

	/**
	 * Values are cut to the column size, never refused: losing an audit entry is worse
	 * than a shortened value.
	 */
	static String cut(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

}
