package org.gxpbridge.regulationreview;

import java.util.List;

/**
 * A framework an intake document points to, proposed for the applicability register.
 *
 * @param frameworkId regulation catalogue id
 * @param framework the catalogue's short name
 * @param sections sections or clauses the document cites ("11.10(e)", "820.30")
 * @param passages the sentences in which the document cites it (the first few)
 */
public record FrameworkProposal(String frameworkId, String framework, List<String> sections, List<String> passages) {
}
