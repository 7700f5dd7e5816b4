package org.gxpbridge.audittrail;

import java.util.List;

/**
 * The ledger's proof over the entries of one record (process instance), not a walk of the
 * whole chain (11.10(b), CHK-04): every sealed entry of the record is recomputed together
 * with its neighbours in the sealed segment that holds it, from the signed checkpoint
 * before the segment to the signed checkpoint that closes it, and both checkpoint
 * signatures are checked against the server certificate. Work is bounded by the record's
 * entries times the sealer's batch size.
 *
 * @param intact no entry of the record, no neighbour in its segments and no covering
 * checkpoint failed
 * @param entries the record's entries in the ledger
 * @param sealedEntries of those, the ones chained and covered by a checkpoint
 * @param unsealedEntries of those, the ones still awaiting the sealer (not yet provable)
 * @param neighboursChecked other records' entries recomputed because they share a segment
 * @param checkpoints the chain positions of the signed checkpoints that cover the record
 * @param brokenEntries sequence numbers of the record's entries (or neighbours) whose
 * hash or chaining failed, at most 20
 * @param problems what failed, in words, at most 20
 */
public record RecordProof(String processInstanceId, boolean intact, long entries, long sealedEntries,
		long unsealedEntries, long neighboursChecked, List<Long> checkpoints, List<Long> brokenEntries,
		List<String> problems, long millis) {

	/** One line, as the dossier prints it. */
	public String describe() {
		return (intact ? "INTACT" : "BROKEN") + ": " + entries + " entries of this record (" + sealedEntries
				+ " sealed and covered by " + checkpoints.size() + " signed checkpoint(s), " + unsealedEntries
				+ " awaiting seal), " + neighboursChecked + " neighbouring entries recomputed, " + millis + " ms";
	}

}
