package org.gxpbridge.audittrail.internal;

import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.audittrail.RecordProof;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Proves one record's entries (see {@link RecordProof}): for each sealed segment (the
 * positions after one checkpoint up to the next) that holds an entry of the record, the
 * chain is recomputed from the stored hash at the previous checkpoint through every entry
 * of the segment, each stored hash compared, and the closing checkpoint's hash and
 * signature checked; the opening checkpoint's signature too. An entry moved to another
 * record by rewriting its process instance id is still caught when its segment holds
 * another entry of the record; otherwise only the full walk finds it. The instance's
 * engine history rows are cross-checked against its entries as the full walk does.
 */
@Component
public class RecordProofs {

	private static final int MAX = 20;

	private final JdbcTemplate jdbc;

	private final ServerKey key;

	private final RecordTables records;

	RecordProofs(JdbcTemplate jdbc, ServerKey key, RecordTables records) {
		this.jdbc = jdbc;
		this.key = key;
		this.records = records;
	}

	public RecordProof prove(String processInstanceId) {
		long started = System.nanoTime();
		long entries = count("select count(*) from gxp_audit_entry where process_instance_id = ?", processInstanceId);
		long sealed = count("select count(*) from gxp_audit_entry e join gxp_audit_seal s on s.seq = e.seq "
				+ "where e.process_instance_id = ?", processInstanceId);
		List<Long> segmentEnds = jdbc
			.queryForList("select distinct (select min(c.last_pos) from gxp_audit_checkpoint c "
					+ "where c.last_pos >= s.pos) as last_pos from gxp_audit_seal s join gxp_audit_entry e on e.seq = s.seq "
					+ "where e.process_instance_id = ? order by last_pos", Long.class, processInstanceId);
		Result r = new Result();
		PublicKey publicKey = key.certificate().getPublicKey();
		for (Long end : segmentEnds) {
			if (end == null) {
				r.problem(null, "sealed entries of this record lie beyond the last signed checkpoint");
				continue;
			}
			proveSegment(processInstanceId, end, publicKey, r);
		}
		crossCheckHistoryRows(processInstanceId, r);
		long millis = (System.nanoTime() - started) / 1_000_000;
		List<Long> checkpoints = segmentEnds.stream().filter(e -> e != null).toList();
		return new RecordProof(processInstanceId, r.problems.isEmpty(), entries, sealed, entries - sealed, r.neighbours,
				checkpoints, List.copyOf(r.broken), List.copyOf(r.problems), millis);
	}

	private void proveSegment(String processInstanceId, long end, PublicKey publicKey, Result r) {
		Long start = jdbc.queryForObject("select max(last_pos) from gxp_audit_checkpoint where last_pos < ?",
				Long.class, end);
		String[] computed = { Canonical.GENESIS };
		if (start != null) {
			Checkpoint opening = checkpoint(start);
			String stored = jdbc.queryForObject("select chain_hash from gxp_audit_seal where pos = ?", String.class,
					start);
			if (!opening.hash.equals(stored) || !opening.signedBy(publicKey)) {
				r.problem(null, "the checkpoint at chain position " + start
						+ " before this record's entries is not signed by the server key or does not match the chain");
			}
			computed[0] = stored;
		}
		long[] expected = { start == null ? 1 : start + 1 };
		jdbc.query("select s.pos, s.seq as sealed_seq, s.chain_hash, " + LedgerRows.COLUMNS
				+ " from gxp_audit_seal s left join gxp_audit_entry e on e.seq = s.seq where s.pos > ? and s.pos <= ? "
				+ "order by s.pos", rs -> {
					long pos = rs.getLong(1);
					long seq = rs.getLong(2);
					String stored = rs.getString(3);
					if (pos != expected[0]) {
						r.problem(seq, "chain position " + expected[0] + " is missing before seq " + seq);
					}
					expected[0] = pos + 1;
					if (rs.getObject(4) == null) {
						r.problem(seq,
								"entry seq " + seq + " (chain position " + pos + ") was deleted from the ledger");
					}
					else {
						AuditEntry e = LedgerRows.entry(rs, 4, false);
						boolean own = processInstanceId.equals(e.processInstanceId());
						if (!own) {
							r.neighbours++;
						}
						if (!Canonical.chain(computed[0], e).equals(stored)) {
							r.problem(seq, (own ? "entry seq " : "neighbouring entry seq ") + seq + " (chain position "
									+ pos + ") does not match its chain hash: altered after sealing");
						}
					}
					computed[0] = stored;
				}, start == null ? 0 : start, end);
		Checkpoint closing = checkpoint(end);
		if (!closing.hash.equals(computed[0]) || !closing.signedBy(publicKey)) {
			r.problem(null, "the checkpoint at chain position " + end
					+ " is not signed by the server key or does not match the chain");
		}
	}

	/**
	 * The instance's ACT_HI_* rows against the record's own entries, fetched by id: a row
	 * altered behind the server's back before the last verified checkpoint, which an
	 * incremental run does not read again, is found here for this record.
	 */
	private void crossCheckHistoryRows(String processInstanceId, Result r) {
		TouchedRows rows = new TouchedRows(records, false);
		jdbc.query("select " + LedgerRows.COLUMNS + " from gxp_audit_entry e where e.process_instance_id = ?", rs -> {
			rows.add(LedgerRows.entry(rs, false));
		}, processInstanceId);
		LedgerVerifier.Findings findings = new LedgerVerifier.Findings();
		findings.crossChecking = true;
		rows.check(jdbc, findings);
		findings.problems.forEach(p -> r.problem(null, p));
		if (findings.first != null && !r.broken.contains(findings.first) && r.broken.size() < MAX) {
			r.broken.add(findings.first);
		}
	}

	private Checkpoint checkpoint(long pos) {
		return jdbc.queryForObject(
				"select last_pos, chain_hash, sealed_at, signature from gxp_audit_checkpoint where last_pos = ?",
				(rs, n) -> new Checkpoint(rs.getLong(1), rs.getString(2), LedgerRows.instant(rs, 3), rs.getString(4)),
				pos);
	}

	private long count(String sql, String processInstanceId) {
		Long n = jdbc.queryForObject(sql, Long.class, processInstanceId);
		return n == null ? 0 : n;
	}

	private record Checkpoint(long pos, String hash, Instant sealedAt, String signature) {

		boolean signedBy(PublicKey publicKey) {
			return ServerKey.verify(publicKey, Canonical.checkpointPayload(pos, hash, sealedAt), signature);
		}

	}

	private static final class Result {

		long neighbours;

		final List<Long> broken = new ArrayList<>();

		final List<String> problems = new ArrayList<>();

		void problem(Long seq, String problem) {
			if (seq != null && broken.size() < MAX) {
				broken.add(seq);
			}
			if (problems.size() < MAX) {
				problems.add(problem);
			}
		}

	}

}
