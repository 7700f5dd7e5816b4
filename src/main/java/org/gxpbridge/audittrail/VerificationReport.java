package org.gxpbridge.audittrail;

import java.util.List;

/**
 * Outcome of a verification run (P11-10a, CHK-04). {@code firstBrokenEntry} is the
 * sequence number of the first entry whose chain, signature or history cross-check failed
 * (null when intact or when the first problem is a history row that has no entry at all,
 * which {@code problems} then names).
 *
 * <p>
 * {@code mode} is {@code FULL} (every entry from the genesis) or {@code INCREMENTAL}
 * (from the last verified, signed checkpoint at chain position {@code fromPosition}: the
 * chain, checkpoints and rows touched after it, the entry count and the high-water mark;
 * see docs/audit-trail.md for what only a full walk sees). {@code checkpoints} counts the
 * signed checkpoints checked in this run.
 */
public record VerificationReport(boolean intact, long entries, long sealedEntries, long unsealedEntries,
		long checkpoints, Long firstBrokenEntry, List<String> problems, long millis, String mode, long fromPosition) {

	/** A full walk's report. */
	public VerificationReport(boolean intact, long entries, long sealedEntries, long unsealedEntries, long checkpoints,
			Long firstBrokenEntry, List<String> problems, long millis) {
		this(intact, entries, sealedEntries, unsealedEntries, checkpoints, firstBrokenEntry, problems, millis, "FULL",
				0);
	}

	/** Human-readable summary, as the command line prints it. */
	public String describe() {
		StringBuilder s = new StringBuilder();
		s.append(intact ? "INTACT" : "BROKEN")
			.append("INCREMENTAL".equals(mode) ? " (incremental, from chain position " + fromPosition + ")" : "")
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
