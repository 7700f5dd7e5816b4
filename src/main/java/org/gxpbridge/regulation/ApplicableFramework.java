package org.gxpbridge.regulation;

/**
 * One row of the applicability register: whether a catalogue framework applies, why, and
 * who is responsible, accountable, consulted and informed (RACI) for it. The RACI values
 * are role names ({@code QUALITY_MANAGER}, {@code IT_SECURITY}, "Compliance officer") or
 * user ids, as the organisation names them.
 *
 * @param frameworkId id in the regulation catalogue, e.g. {@code 21-CFR-11}
 * @param applicable whether the framework applies to the organisation's products and
 * systems
 * @param rationale why it applies or not (required)
 * @param responsible who does the work
 * @param accountable who answers for it (one role or person)
 * @param consulted who is asked before decisions
 * @param informed who is told of decisions
 */
public record ApplicableFramework(String frameworkId, boolean applicable, String rationale, String responsible,
		String accountable, String consulted, String informed) {
}
