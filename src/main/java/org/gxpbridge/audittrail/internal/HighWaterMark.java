package org.gxpbridge.audittrail.internal;

import java.security.PublicKey;

/**
 * The newest signed high-water mark against the ledger as it is (P11-10a, CHK-04).
 * Without it, deleting the newest entries together with their seals and the last
 * checkpoint leaves a shorter chain that is still perfectly valid. The sealer writes a
 * mark with every seal and while idle, so: fewer entries, a lower highest seq or a
 * shorter chain than the mark states means the tail was deleted; chain positions beyond
 * the mark, or a mark older than one this server itself signed, mean marks were deleted.
 * Problems name the first entry after what is left (seq + 1).
 */
final class HighWaterMark {

	private final LedgerVerifier.Findings f;

	private final PublicKey publicKey;

	private final long chainEnd;

	private final long entries;

	private final long highestSeq;

	HighWaterMark(LedgerVerifier.Findings findings, PublicKey publicKey, long chainEnd, long entries, long highestSeq) {
		this.f = findings;
		this.publicKey = publicKey;
		this.chainEnd = chainEnd;
		this.entries = entries;
		this.highestSeq = highestSeq;
	}

	void check(LedgerVerifier.Watermark mark, String hashAtMark, boolean checkpointPresent, long[] signedHere) {
		long after = highestSeq + 1;
		if (mark == null) {
			if (chainEnd > 0 || signedHere[0] > 0) {
				f.broken(after, "no signed high-water mark although the chain has " + chainEnd
						+ " positions: the marks were deleted");
			}
			return;
		}
		String at = " (high-water mark of " + mark.writtenAt() + ")";
		if (!ServerKey.verify(publicKey, Canonical.watermarkPayload(mark.entries(), mark.lastSeq(), mark.lastPos(),
				mark.chainHash(), mark.writtenAt()), mark.signature())) {
			f.broken(after, "the newest high-water mark is not signed by the server key: it was forged or altered");
			return;
		}
		if (entries < mark.entries()) {
			f.broken(after, "the ledger has " + entries + " entries, fewer than the " + mark.entries() + " counted" + at
					+ ": entries were deleted");
		}
		if (highestSeq < mark.lastSeq()) {
			f.broken(after, "entries after seq " + highestSeq + " up to seq " + mark.lastSeq() + at
					+ " are missing: the newest entries were deleted");
		}
		if (chainEnd < mark.lastPos()) {
			f.broken(after, "the chain ends at position " + chainEnd + " but reached position " + mark.lastPos() + at
					+ ": the newest sealed entries were deleted");
		}
		else if (hashAtMark != null && !hashAtMark.equals(mark.chainHash())) {
			f.broken(after, "the chain hash at position " + mark.lastPos() + " is not the one signed" + at
					+ ": the chain was rewritten");
		}
		if (!checkpointPresent) {
			f.broken(after,
					"the signed checkpoint at chain position " + mark.lastPos() + " named" + at + " was deleted");
		}
		if (chainEnd > mark.lastPos()) {
			f.broken(after, "chain positions after " + mark.lastPos()
					+ " are covered by no high-water mark: the newest marks were deleted");
		}
		if (signedHere[0] > mark.lastPos() || signedHere[1] > mark.entries()) {
			f.broken(after, "this server signed a high-water mark at chain position " + signedHere[0] + " with "
					+ signedHere[1] + " entries; the newest in the database is older" + at + ": marks were deleted");
		}
	}

}
