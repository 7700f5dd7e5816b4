package org.gxpbridge.audittrail.internal;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A node started with another audit key than the cluster (issue 16, "Bad input and
 * faults") would sign checkpoints no other node's certificate verifies: the chain would
 * fork into two trust roots, and every verification from then on would report BROKEN. So
 * before the server takes requests (after Flyway, before the web server starts), the
 * configured key must verify the newest signed checkpoint in the database; otherwise the
 * start is refused with both key fingerprints. An empty ledger (a new installation) has
 * nothing to check.
 *
 * <p>
 * When the newest checkpoint names this key and does not verify, but one of the
 * checkpoints before it does, the newest row was altered in the database: that is the
 * verifier's finding (BROKEN, with the position), not a reason to keep every node down,
 * so it is logged and the start goes on. The fingerprint column alone never lets a key
 * in: a signature must verify.
 */
@Component
class AuditKeyStartCheck implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(AuditKeyStartCheck.class);

	/**
	 * How many of the newest checkpoints are looked at: one altered row among them must
	 * not keep every node down, a key that signed none of them is another key.
	 */
	private static final int RECENT = 50;

	private final JdbcTemplate jdbc;

	private final ServerKey key;

	AuditKeyStartCheck(JdbcTemplate jdbc, ServerKey key) {
		this.jdbc = jdbc;
		this.key = key;
	}

	@Override
	public void afterSingletonsInstantiated() {
		check();
	}

	/** Throws IllegalStateException naming expected and found key when they differ. */
	void check() {
		List<Object[]> newest = jdbc.query(
				"select last_pos, chain_hash, sealed_at, key_id, signature from gxp_audit_checkpoint "
						+ "order by last_pos desc fetch first " + RECENT + " rows only",
				(rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), LedgerRows.instant(rs, 3), rs.getString(4),
						rs.getString(5) });
		if (newest.isEmpty() || verifies(newest.get(0))) {
			return;
		}
		long pos = (Long) newest.get(0)[0];
		if (key.keyId().equals(newest.get(0)[3]) && newest.stream().anyMatch(this::verifies)) {
			log.error(
					"The newest signed checkpoint (chain position {}) does not verify with this server's audit key {}, "
							+ "but earlier ones do: the checkpoint was altered in the database; run a full verification",
					pos, key.keyId());
			return;
		}
		throw new IllegalStateException("Refusing to start: the configured audit key (gxp.audit.keystore, "
				+ "GXP_AUDIT_KEYSTORE) has fingerprint " + key.keyId() + ", but the newest signed checkpoint in the "
				+ "database (chain position " + pos + ") was signed by the key with fingerprint " + newest.get(0)[3]
				+ ". Every node of a cluster must use the same audit keystore (docs/operations.md, "
				+ "\"Audit key check at start\").");
	}

	private boolean verifies(Object[] c) {
		return ServerKey.verify(key.certificate().getPublicKey(),
				Canonical.checkpointPayload((Long) c[0], (String) c[1], (Instant) c[2]), (String) c[4]);
	}

}
