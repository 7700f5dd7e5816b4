package org.gxpbridge.operations;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a RESTORED database says about itself (CHK-20), written by
 * {@code java -jar gxp-bridge.jar restore report --out FILE} run against it and uploaded
 * to the restore test: facts, not claims. The server accepts it only when the restored
 * ledger verified, every signature verified and the restored head (position, chain hash)
 * is an entry of the live ledger with the same hash (see {@link RestoreTests}).
 *
 * @param format always {@link #FORMAT}
 * @param generatedAt when the report was written (UTC)
 * @param schemaVersion the restored database's Flyway schema version
 * @param ledgerIntact the full verification of the restored ledger found it intact
 * @param ledgerEntries entries in the restored ledger
 * @param ledgerProblems what the verification reported, empty when intact
 * @param lastSealedPosition the restored ledger's sealed head: chain position
 * @param chainHash the chain hash at that position
 * @param signatures signatures in the restored database
 * @param signaturesVerified how many of them verified against its CA certificate
 * @param signaturesFailed ids of those that did not
 * @param recordCounts rows per table of the restored database
 */
public record RestoreReport(String format, Instant generatedAt, String schemaVersion, boolean ledgerIntact,
		long ledgerEntries, List<String> ledgerProblems, long lastSealedPosition, String chainHash, long signatures,
		long signaturesVerified, List<String> signaturesFailed, Map<String, Long> recordCounts) {

	public static final String FORMAT = "gxp-restore-report/1";

	/** One line for the operator and the record step's form. */
	public String summary() {
		return "ledger " + (ledgerIntact ? "INTACT" : "BROKEN") + ", " + ledgerEntries
				+ " entries, sealed head at chain " + "position " + lastSealedPosition + " (" + chainHash + "); "
				+ signaturesVerified + " of " + signatures + " signatures verified; " + recordCounts.size()
				+ " tables counted; schema " + schemaVersion + "; written " + generatedAt;
	}

}
