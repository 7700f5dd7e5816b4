package org.gxpbridge.shared;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A table of a module whose rows hold a record, sealed by the audit ledger (P11-10a,
 * CHK-04): the ledger entry that records a change of a row stores the row's digest, taken
 * just before the transaction commits, and verification recomputes the digest of every
 * row. An UPDATE, INSERT or DELETE made in SQL behind the server's back is then reported
 * with table, row and entry. A module declares each of its record tables as a bean of
 * this type; the audit trail collects them and knows no module's table itself.
 * <p>
 * The digest covers the listed columns (typed, so H2 and PostgreSQL give one text) and
 * the child rows. Once entries have sealed rows, its columns are released: a changed
 * column list changes every row's digest, and stored entries no longer verify. A column
 * added later goes to {@link #addedColumns}.
 *
 * @param name the table, as entries name it in {@code sourceTable}
 * @param key SQL expression of the row key, as entries hold it in {@code sourceRowId}
 * @param from from clause (a 1:1 join may add columns, e.g. a document's bytes)
 * @param columns what is digested: every column that carries meaning
 * @param addedColumns columns added after rows were first sealed, digested only when not
 * null so that an entry sealed before they existed still verifies; null for none
 * @param children 1:n rows digested with the row (an account's roles, a CAPA's actions)
 * @param locate the row an entry is about: its key from the facts alone (or the arguments
 * of {@code lookup}), null when the entry is not about this table
 * @param lookup optional SQL finding the key from {@code locate}'s arguments when the
 * facts do not carry it
 * @param removedBy entries that remove the row on purpose (a curriculum entry taken out):
 * the row may then be gone; a row removed without such an entry is reported as deleted
 */
public record SealedRecordTable(String name, String key, String from, String columns, String addedColumns,
		List<Children> children, Function<AuditFacts, Object[]> locate, String lookup,
		Predicate<AuditFacts> removedBy) {

	public SealedRecordTable {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(columns, "columns");
		Objects.requireNonNull(locate, "locate");
		children = children == null ? List.of() : List.copyOf(children);
		removedBy = removedBy == null ? facts -> false : removedBy;
	}

	/**
	 * Rows of a child table digested with their parent row.
	 *
	 * @param table table or sub-select (with an alias)
	 * @param key SQL expression giving the parent row's key
	 * @param columns one column: its text as it is; several: each typed like the parent's
	 * columns
	 */
	public record Children(String table, String key, String columns) {
	}

	/**
	 * A table whose rows an entry locates by the key the function takes from its facts
	 * (null: the entry is not about this table).
	 */
	public static SealedRecordTable of(String name, String key, String from, String columns,
			Function<AuditFacts, String> rowKey) {
		return new SealedRecordTable(name, key, from, columns, null, List.of(), facts -> {
			String k = rowKey.apply(facts);
			return k == null ? null : new Object[] { k };
		}, null, null);
	}

	/**
	 * The entry is about this table when it is of this object type; its object id is the
	 * row key.
	 */
	public static Function<AuditFacts, String> byObjectId(String objectType) {
		return facts -> objectType.equals(facts.objectType()) ? facts.objectId() : null;
	}

	public SealedRecordTable withChildren(Children... more) {
		return new SealedRecordTable(name, key, from, columns, addedColumns, List.of(more), locate, lookup, removedBy);
	}

	public SealedRecordTable withAddedColumns(String added) {
		return new SealedRecordTable(name, key, from, columns, added, children, locate, lookup, removedBy);
	}

	/**
	 * The key is found by this SQL from the arguments {@code locate} returns (null: not
	 * about this table).
	 */
	public SealedRecordTable lookedUp(String sql, Function<AuditFacts, Object[]> arguments) {
		return new SealedRecordTable(name, key, from, columns, addedColumns, children, arguments, sql, removedBy);
	}

	public SealedRecordTable removedBy(Predicate<AuditFacts> removal) {
		return new SealedRecordTable(name, key, from, columns, addedColumns, children, locate, lookup, removal);
	}

}
