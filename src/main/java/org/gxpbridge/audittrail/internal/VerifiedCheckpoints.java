package org.gxpbridge.audittrail.internal;

import java.security.PublicKey;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where the last intact verification got to (V150): the signed checkpoint it verified up
 * to, that checkpoint's chain hash and how many entries the chain held there, signed by
 * the server key. An incremental run trusts such a row only after checking, at its start,
 * the row's signature, the checkpoint's signature and that the chain still has the same
 * hash at that position; a forged or altered row, or a chain rewritten under it, is
 * reported and the run walks the whole ledger instead (P11-10a, CHK-04).
 */
@Component
public class VerifiedCheckpoints {

	private final JdbcTemplate jdbc;

	private final ServerKey key;

	private final LedgerWriter writer;

	VerifiedCheckpoints(JdbcTemplate jdbc, ServerKey key, LedgerWriter writer) {
		this.jdbc = jdbc;
		this.key = key;
		this.writer = writer;
	}

	/**
	 * A verified checkpoint: the run's mode, where it started, the checkpoint and the
	 * entries sealed up to it.
	 */
	record Anchor(long id, String mode, long fromPos, long pos, String chainHash, long entries, Instant verifiedAt,
			String verifiedBy, String signature) {

		String payload() {
			return payload(mode, pos, chainHash, entries, verifiedAt, verifiedBy);
		}

		static String payload(String mode, long pos, String chainHash, long entries, Instant verifiedAt,
				String verifiedBy) {
			return "gxp-audit-verified/1|" + mode + "|" + pos + "|" + chainHash + "|" + entries + "|" + verifiedAt + "|"
					+ verifiedBy;
		}

	}

	/** The newest recorded run, or null when none was recorded. */
	Anchor newest() {
		List<Anchor> rows = jdbc.query(
				"select id, mode, from_pos, checkpoint_pos, chain_hash, entries, verified_at, "
						+ "verified_by, signature from gxp_audit_verification order by id desc fetch first 1 rows only",
				(rs, n) -> new Anchor(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
						rs.getLong(6), LedgerRows.instant(rs, 7), rs.getString(8), rs.getString(9)));
		return rows.isEmpty() ? null : rows.get(0);
	}

	/** When the last full walk that found the ledger intact ran, or null. */
	public Instant lastFullWalk() {
		List<Instant> at = jdbc.query(
				"select verified_at from gxp_audit_verification where mode = 'FULL' order by id desc fetch first 1 rows only",
				(rs, n) -> LedgerRows.instant(rs, 1));
		return at.isEmpty() ? null : at.get(0);
	}

	/**
	 * Why the run must not start from this row, or null when it may: the row is signed by
	 * the server key, the signed checkpoint it names exists with a valid signature and
	 * the chain still holds its hash at that position.
	 */
	String refusal(Anchor a, PublicKey publicKey) {
		String row = "the verified-up-to record " + a.id + " (chain position " + a.pos + ", " + a.verifiedAt + ")";
		if (!ServerKey.verify(publicKey, a.payload(), a.signature)) {
			return row + " is not signed by the server key: it was forged or altered";
		}
		List<Object[]> checkpoint = jdbc.query(
				"select c.chain_hash, c.sealed_at, c.signature, s.chain_hash from gxp_audit_checkpoint c "
						+ "left join gxp_audit_seal s on s.pos = c.last_pos where c.last_pos = ?",
				(rs, n) -> new Object[] { rs.getString(1), LedgerRows.instant(rs, 2), rs.getString(3),
						rs.getString(4) },
				a.pos);
		if (checkpoint.isEmpty()) {
			return row + " names a signed checkpoint that was deleted";
		}
		Object[] c = checkpoint.get(0);
		if (!a.chainHash.equals(c[0]) || !a.chainHash.equals(c[3]) || !ServerKey.verify(publicKey,
				Canonical.checkpointPayload(a.pos, (String) c[0], (Instant) c[1]), (String) c[2])) {
			return row + " no longer matches its signed checkpoint: the chain or the checkpoint was rewritten";
		}
		return null;
	}

	/** Records an intact run up to the signed checkpoint at {@code pos}. */
	void record(String mode, long fromPos, long pos, String chainHash, long entries, String verifiedBy) {
		Instant at = writer.now();
		String by = LedgerRows.cut(verifiedBy == null || verifiedBy.isBlank() ? "system" : verifiedBy, 100);
		jdbc.update(
				"insert into gxp_audit_verification (mode, from_pos, checkpoint_pos, chain_hash, entries, verified_at, "
						+ "verified_by, key_id, signature) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				mode, fromPos, pos, chainHash, entries, LedgerRows.odt(at), by, key.keyId(),
				key.sign(Anchor.payload(mode, pos, chainHash, entries, at, by)));
	}

}
