package org.gxpbridge.documents;

import java.util.List;

/**
 * A regulation, guidance or standard that a document cites.
 *
 * @param frameworkId id in the regulation catalogue ({@code 21-CFR-820},
 * {@code ISO-IEC-27001} ...)
 * @param framework the catalogue's short name for it
 * @param mentions how often the text cites it
 * @param asWritten the forms the text uses ("Part 11", "21 CFR Part 11" ...)
 * @param sections sections or clauses cited, e.g. "820.30", "11.10(e)", "PR.AA-01"
 * @param passages the sentences in which it is cited (the first few)
 */
public record Citation(String frameworkId, String framework, int mentions, List<String> asWritten,
		List<String> sections, List<String> passages) {
}
