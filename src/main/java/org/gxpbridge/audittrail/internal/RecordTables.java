package org.gxpbridge.audittrail.internal;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gxpbridge.shared.SealedRecordTable;
import org.gxpbridge.shared.SealedRecordTable.Children;
import org.gxpbridge.shared.SealedRecordTables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code gxp_*} tables that hold a record, each row sealed by the ledger entry that
 * recorded its last change: when the entry is written (just before its transaction
 * commits, so the row is final whatever order the module wrote row and event in) the
 * digest of the row is stored in it; verification recomputes the digest of every row
 * (P11-10a, CHK-04). So an UPDATE, DELETE or INSERT made in SQL is reported with the row
 * and the entry. Each module declares its own tables as {@link SealedRecordTable} beans;
 * this collects whatever the running application has, so the audit trail knows no
 * module's table.
 *
 * <p>
 * Deliberately not sealed: operational state that changes without a record event and
 * holds no record itself (failed-login and signing-failure counters, password history,
 * mail outbox, links, notices, replies), the security event table (a copy of ledger
 * entries; the ledger is the authoritative one), signing keys and the CA (credential
 * material: the certificate that verifies a signature is inside the signature's sealed
 * CMS) and the regulation catalogue (reference data). See docs/audit-trail.md.
 */
@Component
public class RecordTables {

	private final List<SealedRecordTable> tables;

	RecordTables(List<SealedRecordTables> modules) {
		// one order whatever order the beans come in: an entry is linked to the first
		// table that locates it
		List<SealedRecordTable> sorted = new ArrayList<>();
		modules.forEach(m -> sorted.addAll(m.sealedTables()));
		sorted.sort(Comparator.comparing(SealedRecordTable::name));
		Set<String> names = new HashSet<>();
		for (SealedRecordTable t : sorted) {
			if (!names.add(t.name())) {
				throw new IllegalStateException("Record table " + t.name() + " is declared twice");
			}
		}
		this.tables = List.copyOf(sorted);
	}

	/** Every sealed table, by name. */
	public List<SealedRecordTable> tables() {
		return tables;
	}

	/** The names of the sealed tables. */
	public Set<String> names() {
		Set<String> names = new HashSet<>();
		tables.forEach(t -> names.add(t.name()));
		return names;
	}

	/**
	 * The entry with the row it is about and that row's digest now, or the entry as it is
	 * when it is about no row. An entry that removes a row on purpose seals its absence
	 * (no digest).
	 */
	EntryDraft link(JdbcTemplate jdbc, EntryDraft e) {
		if (e.source() != null) {
			return e;
		}
		for (SealedRecordTable t : tables) {
			Object[] args = t.locate().apply(e.facts());
			if (args == null) {
				continue;
			}
			String key = t.lookup() == null ? (String) args[0] : jdbc.queryForObject(t.lookup(), String.class, args);
			String digest = key == null ? null : digestOf(jdbc, t, key);
			if (digest == null) {
				if (key != null && t.removedBy().test(e.facts())) {
					return e.about(new EntryDraft.Source(t.name(), key, null));
				}
				return e; // no such row (a failed login of an unknown user id): nothing
							// to seal
			}
			return e.about(new EntryDraft.Source(t.name(), key, digest));
		}
		return e;
	}

	private static String selectAll(SealedRecordTable t) {
		return "select " + t.key() + " as row_key, " + t.columns()
				+ (t.addedColumns() == null ? "" : ", " + t.addedColumns()) + " from " + t.from();
	}

	static String digestOf(JdbcTemplate jdbc, SealedRecordTable t, String key) {
		List<String> children = new ArrayList<>();
		for (Children c : t.children()) {
			children.addAll(jdbc.query("select " + c.columns() + " from " + c.table() + " where " + c.key() + " = ?",
					(rs, n) -> child(rs, 1), key));
		}
		// sorted here, not by the database: collations differ between H2 and PostgreSQL
		// installations
		Collections.sort(children);
		List<String> digests = jdbc.query(selectAll(t) + " where " + t.key() + " = ?",
				(rs, n) -> digest(rs, added(t), children), key);
		return digests.isEmpty() ? null : digests.get(0);
	}

	/** Streams every row of the table as key and digest. */
	static void forEachRow(JdbcTemplate jdbc, SealedRecordTable t, RowDigest consumer) {
		Map<String, List<String>> children = new HashMap<>();
		for (Children c : t.children()) {
			jdbc.query("select " + c.key() + ", " + c.columns() + " from " + c.table(), rs -> {
				children.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(child(rs, 2));
			});
		}
		children.values().forEach(Collections::sort);
		int added = added(t);
		jdbc.query(selectAll(t), rs -> {
			String key = rs.getString(1);
			consumer.accept(key, digest(rs, added, children.getOrDefault(key, List.of())));
		});
	}

	interface RowDigest {

		void accept(String key, String digest);

	}

	/**
	 * How many added columns end the select (plain column names, so no commas inside).
	 */
	private static int added(SealedRecordTable t) {
		return t.addedColumns() == null ? 0 : t.addedColumns().split(",").length;
	}

	/**
	 * A child row as text: one column as it is (the form sealed since the first version),
	 * several typed like the row's columns.
	 */
	private static String child(ResultSet rs, int first) throws SQLException {
		int count = rs.getMetaData().getColumnCount();
		if (count == first) {
			return rs.getString(first);
		}
		StringBuilder s = new StringBuilder();
		appendColumns(s, rs, first, count, 0);
		return s.toString();
	}

	/**
	 * Every column after the key, typed so that H2 and PostgreSQL give one stable text;
	 * bytes by their SHA-256. The last {@code added} columns only when not null.
	 */
	private static String digest(ResultSet rs, int added, List<String> children) throws SQLException {
		StringBuilder s = new StringBuilder();
		appendColumns(s, rs, 2, rs.getMetaData().getColumnCount(), added);
		s.append("children=").append(String.join(",", children));
		return Canonical.sha256(s.toString());
	}

	private static void appendColumns(StringBuilder s, ResultSet rs, int first, int last, int added)
			throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		for (int i = first; i <= last; i++) {
			Object v = switch (meta.getColumnType(i)) {
				case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
					byte[] b = rs.getBytes(i);
					yield b == null ? null : "sha256:" + Canonical.sha256(b);
				}
				case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
					Timestamp t = rs.getTimestamp(i);
					yield t == null ? null : t.toInstant().toString();
				}
				case Types.BOOLEAN, Types.BIT -> {
					boolean b = rs.getBoolean(i);
					yield rs.wasNull() ? null : Boolean.toString(b);
				}
				default -> rs.getString(i);
			};
			if (v == null && i > last - added) {
				continue;
			}
			s.append(meta.getColumnLabel(i).toLowerCase(Locale.ROOT)).append('=');
			s.append(v == null ? "\u2400" : v).append('\u001f');
		}
	}

}
