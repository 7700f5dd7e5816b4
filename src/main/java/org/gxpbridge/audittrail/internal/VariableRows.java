package org.gxpbridge.audittrail.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.gxpbridge.audittrail.AuditEntry;

/**
 * ACT_HI_VARINST holds each variable's current value. The engine writes it from the same
 * history event as the ACT_HI_DETAIL row, so the ledger entry of the variable's last
 * event already holds what the row must show: name, instance, value as rendered (bytes by
 * SHA-256) and whether it was deleted (CHK-04). No second entry per event. A removal only
 * marks the row DELETED and leaves its last value, so the row must then show the value of
 * the variable's last write with the deleted flag.
 */
final class VariableRows {

	static final String SELECT = "select v.ID_, v.NAME_, v.PROC_INST_ID_, v.VAR_TYPE_, v.TEXT_, v.LONG_, v.DOUBLE_, v.STATE_, b.BYTES_ "
			+ "from ACT_HI_VARINST v left join ACT_GE_BYTEARRAY b on b.ID_ = v.BYTEARRAY_ID_";

	private VariableRows() {
	}

	/** What one variable's row must show, from its ledger entries in any order. */
	static final class Expected {

		private AuditEntry lastWrite;

		private AuditEntry lastRemoval;

		void add(AuditEntry e) {
			if ("delete".equals(e.action())) {
				lastRemoval = newer(lastRemoval, e);
			}
			else {
				lastWrite = newer(lastWrite, e);
			}
		}

		private static AuditEntry newer(AuditEntry before, AuditEntry e) {
			return before == null || before.seq() < e.seq() ? e : before;
		}

		/** Whether a write of the variable is among the entries added. */
		boolean hasWrite() {
			return lastWrite != null;
		}

		/** The entry a difference is reported against: the variable's last event. */
		AuditEntry last() {
			return lastWrite == null ? lastRemoval : lastRemoval == null ? lastWrite : newer(lastWrite, lastRemoval);
		}

		String digest() {
			AuditEntry last = last();
			boolean removed = last == lastRemoval;
			AuditEntry value = lastWrite != null ? lastWrite : lastRemoval;
			return fingerprint(last.field(), last.processInstanceId(), value.newValue(), removed);
		}

	}

	static String actual(ResultSet rs) throws SQLException {
		long longValue = rs.getLong(6);
		Long l = rs.wasNull() ? null : longValue;
		double doubleValue = rs.getDouble(7);
		Double d = rs.wasNull() ? null : doubleValue;
		String value = VariableValues.render(rs.getString(5), l, d, rs.getBytes(9), rs.getString(4));
		return fingerprint(LedgerRows.cut(rs.getString(2), 255), rs.getString(3), LedgerRows.cut(value, 4000),
				"DELETED".equals(rs.getString(8)));
	}

	private static String fingerprint(String name, String processInstanceId, String value, boolean deleted) {
		return Canonical.sha256(name + '\u001f' + processInstanceId + '\u001f' + (value == null ? "\u2400" : value)
				+ '\u001f' + deleted);
	}

}
