package org.gxpbridge.audittrail.internal;

import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.audittrail.AuditSettings;
import org.gxpbridge.audittrail.VerificationReport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the chain, checks every checkpoint signature against the server certificate
 * from the keystore (not from the database, which a DBA could rewrite), checks the newest
 * signed high-water mark ({@link HighWaterMark}), and cross-checks the ledger against the
 * ACT_HI_* rows and the gxp_* record rows ({@link RowIndex}) (P11-10a, CHK-04, CHK-19).
 * Reports the first affected entry; streams rows table by table, never one query per
 * entry.
 */
@Component
public class LedgerVerifier {

	private static final int MAX_PROBLEMS = 20;

	private final JdbcTemplate jdbc;

	private final ServerKey key;

	private final AuditSettings settings;

	private final TransactionTemplate snapshot;

	private final LedgerSealer sealer;

	private final RecordTables records;

	private final VerifiedCheckpoints verified;

	LedgerVerifier(JdbcTemplate jdbc, ServerKey key, AuditSettings settings, PlatformTransactionManager transactions,
			LedgerSealer sealer, RecordTables records, VerifiedCheckpoints verified) {
		this.verified = verified;
		this.records = records;
		this.jdbc = jdbc;
		this.key = key;
		this.settings = settings;
		this.sealer = sealer;
		this.snapshot = new TransactionTemplate(transactions);
		// one snapshot for ledger and history: work committing meanwhile must not look
		// like a row without entry
		snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		snapshot.setReadOnly(true);
	}

	public VerificationReport verify() {
		return verify(true, null);
	}

	/**
	 * A full walk from the genesis, or an incremental run from the last verified, signed
	 * checkpoint ({@link VerifiedCheckpoints}); an intact run records how far it got.
	 */
	public VerificationReport verify(boolean full, String verifiedBy) {
		// read before the snapshot starts: every mark this server remembers is then
		// committed and visible in it
		long[] signedHere = sealer.lastWatermarkWritten();
		Walk walk = snapshot.execute(status -> verifyInSnapshot(signedHere, full));
		if (walk.report.intact() && walk.anchorPos > 0) {
			verified.record(walk.report.mode(), walk.report.fromPosition(), walk.anchorPos, walk.anchorHash,
					walk.anchorEntries, verifiedBy);
		}
		return walk.report;
	}

	private Walk verifyInSnapshot(long[] signedHere, boolean full) {
		long started = System.nanoTime();
		Findings f = new Findings();
		PublicKey publicKey = key.certificate().getPublicKey();
		VerifiedCheckpoints.Anchor anchor = full ? null : verified.newest();
		if (anchor != null) {
			String refusal = verified.refusal(anchor, publicKey);
			if (refusal != null) {
				f.broken(null, refusal + "; this run walked the whole ledger instead");
				anchor = null;
			}
		}
		long from = anchor == null ? 0 : anchor.pos();
		Map<Long, Checkpoint> checkpoints = new HashMap<>();
		jdbc.query(
				"select last_pos, chain_hash, sealed_at, key_id, signature from gxp_audit_checkpoint where last_pos > ?",
				rs -> {
					checkpoints.put(rs.getLong(1),
							new Checkpoint(rs.getLong(1), rs.getString(2), LedgerRows.instant(rs, 3), rs.getString(5)));
				}, from);
		List<Watermark> marks = jdbc.query(
				"select entries, last_seq, last_pos, chain_hash, written_at, signature from gxp_audit_watermark "
						+ "order by id desc fetch first 1 rows only",
				(rs, n) -> new Watermark(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
						LedgerRows.instant(rs, 5), rs.getString(6)));
		Watermark mark = marks.isEmpty() ? null : marks.get(0);
		boolean markBeforeWalk = mark != null && mark.lastPos > 0 && mark.lastPos <= from;
		boolean markCheckpointPresent = mark == null || mark.lastPos == 0 || checkpoints.containsKey(mark.lastPos)
				|| markBeforeWalk
						&& count("select count(*) from gxp_audit_checkpoint where last_pos = ?", mark.lastPos) > 0;
		String[] hashAtMark = { mark == null || mark.lastPos == 0 ? Canonical.GENESIS
				: markBeforeWalk ? jdbc
					.queryForList("select chain_hash from gxp_audit_seal where pos = ?", String.class, mark.lastPos)
					.stream()
					.findFirst()
					.orElse(null) : null };
		RowIndex index = full ? new RowIndex(records) : null;
		TouchedRows touched = full ? null : new TouchedRows(records, true);
		Consumer<AuditEntry> rows = full ? index::add : touched::add;
		// sealed positions, highest sealed seq, checkpoints, entries present
		long[] sealed = { 0, 0, 0, 0 };
		long[] expectedPos = { from + 1 };
		Walk walk = new Walk();
		walk.anchorPos = from;
		walk.anchorHash = anchor == null ? Canonical.GENESIS : anchor.chainHash();
		long entriesBefore = anchor == null ? 0 : anchor.entries();
		walk.anchorEntries = entriesBefore;
		ChainLinks links = new ChainLinks(walk.anchorHash);
		SealedEntries.forEach(jdbc, from, full, (pos, seq, stored, e) -> {
			if (pos != expectedPos[0]) {
				f.broken(seq, "chain position " + expectedPos[0] + " is missing before seq " + seq
						+ " (a sealed entry was deleted)");
			}
			expectedPos[0] = pos + 1;
			if (e == null) {
				f.broken(seq, "entry seq " + seq + " (chain position " + pos + ") was deleted from the ledger");
				links.skip(stored);
			}
			else {
				links.add(e, stored, pos);
				rows.accept(e);
				sealed[3]++;
			}
			sealed[0]++;
			sealed[1] = Math.max(sealed[1], seq);
			if (mark != null && pos == mark.lastPos) {
				hashAtMark[0] = stored;
			}
			Checkpoint c = checkpoints.remove(pos);
			if (c != null) {
				sealed[2]++;
				// the signature costs more than a row: checked on the hasher thread
				links.check(seq, pos, () -> c.hash.equals(stored) && ServerKey.verify(publicKey,
						Canonical.checkpointPayload(c.pos, c.hash, c.sealedAt), c.signature));
				walk.lastCheckpointAt = c.sealedAt;
				walk.anchorPos = pos;
				walk.anchorHash = stored;
				walk.anchorEntries = entriesBefore + sealed[3];
			}
		});
		List<Long[]> altered = links.finish();
		links.failedChecks()
			.forEach(bad -> f.broken(bad[0], "checkpoint at chain position " + bad[1]
					+ " is not signed by the server key or does not match the chain"));
		altered.forEach(bad -> f.broken(bad[0], "entry seq " + bad[0] + " (chain position " + bad[1]
				+ ") does not match its chain hash: altered after sealing"));
		for (Checkpoint c : checkpoints.values()) {
			f.broken(sealed[1] + 1, "checkpoint at chain position " + c.pos
					+ " lies beyond the end of the chain: sealed entries were removed");
		}
		long[] unsealed = new Unsealed(jdbc, settings, f).read(full ? 0 : from, walk.lastCheckpointAt, sealed[1],
				sealed[3], rows);
		long entries = full ? sealed[0] + unsealed[0] : count("select count(*) from gxp_audit_entry");
		long highestSeq = full ? Math.max(sealed[1], unsealed[1])
				: count("select coalesce(max(seq), 0) from gxp_audit_entry");
		if (!full && entries != entriesBefore + sealed[3] + unsealed[0]) {
			f.broken(null,
					"the ledger holds " + entries + " entries, but the verified checkpoint at chain position " + from
							+ " counted " + entriesBefore + " and " + (sealed[3] + unsealed[0])
							+ " came after it: entries before it were deleted or inserted behind the server's back "
							+ "(a full walk names them)");
		}
		new HighWaterMark(f, publicKey, expectedPos[0] - 1, entries, highestSeq).check(mark, hashAtMark[0],
				markCheckpointPresent, signedHere);
		f.crossChecking = true;
		if (full) {
			index.crossCheck(jdbc, f);
		}
		else {
			touched.check(jdbc, f);
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		long sealedEntries = full ? sealed[0] : entriesBefore + sealed[0];
		walk.report = new VerificationReport(!f.any, entries, sealedEntries, unsealed[0],
				sealed[2] + (anchor == null ? 0 : 1), f.first, List.copyOf(f.problems), millis,
				anchor == null ? "FULL" : "INCREMENTAL", from);
		return walk;
	}

	private long count(String sql, Object... args) {
		Long n = jdbc.queryForObject(sql, Long.class, args);
		return n == null ? 0 : n;
	}

	/** The outcome, and the last signed checkpoint the walk verified (for the record). */
	private static final class Walk {

		VerificationReport report;

		long anchorPos;

		String anchorHash;

		long anchorEntries;

		Instant lastCheckpointAt;

	}

	private record Checkpoint(long pos, String hash, Instant sealedAt, String signature) {
	}

	record Watermark(long entries, long lastSeq, long lastPos, String chainHash, Instant writtenAt, String signature) {
	}

	/**
	 * Collects problems. The first broken entry is the lowest seq among chain problems;
	 * only when the chain is sound the lowest among history cross-check problems (a
	 * deleted ledger entry makes its row look stale, a consequence).
	 */
	static final class Findings {

		Long first;

		boolean any;

		boolean crossChecking;

		private boolean chainBroken;

		final List<String> problems = new ArrayList<>();

		void broken(Long seq, String problem) {
			any = true;
			if (!crossChecking && seq != null && (!chainBroken || seq < first)) {
				first = seq;
				chainBroken = true;
			}
			else if (crossChecking && !chainBroken && seq != null && (first == null || seq < first)) {
				first = seq;
			}
			if (problems.size() < MAX_PROBLEMS) {
				problems.add(problem);
			}
		}

	}

}
