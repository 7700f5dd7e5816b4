package org.gxpbridge.audittrail.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.gxpbridge.audittrail.AuditEntry;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The chain in position order, each position with its entry, or null where the entry was
 * deleted: what {@code gxp_audit_seal left join gxp_audit_entry on seq} gives. A full
 * walk reads both tables side by side in one snapshot instead (seals by position, entries
 * by seq), because the sealer seals in seq order, so nearly every position's entry is the
 * next row of the entry cursor and no index lookup per entry is needed. An entry the
 * cursor has already passed (sealed late, out of seq order) or one more than
 * {@link #MAX_SKIP} rows ahead is looked up by its seq, so any order of the chain gives
 * the same rows as the join, in bounded memory.
 */
final class SealedEntries {

	/** Rows the entry cursor passes for one position before a lookup is cheaper. */
	static final int MAX_SKIP = 10_000;

	private static final int FETCH = 2048;

	interface Row {

		void accept(long pos, long seq, String storedHash, AuditEntry entry);

	}

	private SealedEntries() {
	}

	/**
	 * Positions after {@code from}; a full walk ({@code sideBySide}) without the join.
	 */
	static void forEach(JdbcTemplate jdbc, long from, boolean sideBySide, Row row) {
		forEach(jdbc, from, sideBySide, MAX_SKIP, row);
	}

	/** The same with another skip limit (tests run the lookup path with a small one). */
	static void forEach(JdbcTemplate jdbc, long from, boolean sideBySide, int maxSkip, Row row) {
		if (!sideBySide) {
			jdbc.query("select s.pos, s.seq as sealed_seq, s.chain_hash, " + LedgerRows.COLUMNS
					+ " from gxp_audit_seal s left join gxp_audit_entry e on e.seq = s.seq where s.pos > ? order by s.pos",
					rs -> {
						row.accept(rs.getLong(1), rs.getLong(2), rs.getString(3),
								rs.getObject(4) == null ? null : LedgerRows.entry(rs, 4, false));
					}, from);
			return;
		}
		jdbc.execute((ConnectionCallback<Void>) con -> {
			try (PreparedStatement seals = con
				.prepareStatement("select pos, seq, chain_hash from gxp_audit_seal where pos > ? order by pos");
					PreparedStatement entries = con
						.prepareStatement("select " + LedgerRows.COLUMNS + " from gxp_audit_entry e order by e.seq");
					PreparedStatement one = con
						.prepareStatement("select " + LedgerRows.COLUMNS + " from gxp_audit_entry e where e.seq = ?")) {
				// streamed, not loaded whole, by drivers that honour it (PostgreSQL
				// inside
				// a transaction)
				seals.setFetchSize(FETCH);
				entries.setFetchSize(FETCH);
				seals.setLong(1, from);
				try (ResultSet s = seals.executeQuery(); ResultSet e = entries.executeQuery()) {
					Cursor cursor = new Cursor(e, one, maxSkip);
					while (s.next()) {
						long seq = s.getLong(2);
						row.accept(s.getLong(1), seq, s.getString(3), cursor.entry(seq));
					}
				}
			}
			return null;
		});
	}

	/** The entries in seq order, read as far as the chain asks for them. */
	private static final class Cursor {

		private final ResultSet rs;

		private final PreparedStatement one;

		/** Whether rs stands on a row not handed out yet, with this seq. */
		private boolean onRow;

		private long seq;

		private boolean done;

		private final int maxSkip;

		Cursor(ResultSet rs, PreparedStatement one, int maxSkip) {
			this.rs = rs;
			this.one = one;
			this.maxSkip = maxSkip;
		}

		AuditEntry entry(long wanted) throws SQLException {
			int skipped = 0;
			while (!onRow || seq < wanted) {
				if (done || onRow && ++skipped > maxSkip) {
					return lookup(wanted);
				}
				if (!rs.next()) {
					done = true;
					onRow = false;
					return lookup(wanted);
				}
				seq = rs.getLong(1);
				onRow = true;
			}
			if (seq == wanted) {
				onRow = false;
				return LedgerRows.entry(rs, false);
			}
			// behind the cursor: sealed out of seq order, or deleted
			return lookup(wanted);
		}

		private AuditEntry lookup(long wanted) throws SQLException {
			one.setLong(1, wanted);
			try (ResultSet r = one.executeQuery()) {
				return r.next() ? LedgerRows.entry(r, false) : null;
			}
		}

	}

}
