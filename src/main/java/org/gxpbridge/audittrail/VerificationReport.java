package org.gxpbridge.audittrail;

import java.util.List;

/**
 * Outcome of a verification run (P11-10a, CHK-04). {@code firstBrokenEntry} is the
 * sequence number of the first entry whose chain, signature or history cross-check failed
 * (null when intact or when the first problem is a history row that has no entry at all,
 * which {@code problems} then names).
 */
public record VerificationReport(boolean intact, long entries, long sealedEntries, long unsealedEntries,
		long checkpoints, Long firstBrokenEntry, List<String> problems, long millis) {

	/** Human-readable summary, as the command line prints it. */
	public String describe() {
		StringBuilder s = new StringBuilder();
		s.append(intact ? "INTACT" : "BROKEN")
			.append(": ")
			.append(entries)
			.append(" entries (")
			.append(sealedEntries)
			.append(" sealed, ")
			.append(unsealedEntries)
			.append(" awaiting seal), ")
			.append(checkpoints)
			.append(" signed checkpoints, verified in ")
			.append(millis)
			.append(" ms");
		if (firstBrokenEntry != null) {
			s.append(System.lineSeparator()).append("first broken entry: seq ").append(firstBrokenEntry);
		}
		problems.forEach(p -> s.append(System.lineSeparator()).append(" - ").append(p));
		return s.toString();
	}
}
