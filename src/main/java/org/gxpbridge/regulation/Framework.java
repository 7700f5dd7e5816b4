package org.gxpbridge.regulation;

/**
 * A regulation, guidance or standard in the catalogue.
 *
 * @param id stable catalogue id, e.g. {@code 21-CFR-11}, {@code ISO-IEC-27001}
 * @param shortName how people usually write it, e.g. "21 CFR Part 11"
 * @param title full title with edition where one is meant
 * @param kind LAW, REGULATION, GUIDELINE, GUIDANCE, STANDARD or FRAMEWORK
 * @param issuer who publishes it (FDA, European Commission, ISO, IEC, NIST ...)
 * @param requirementPrefix prefix of the requirement ids of reference/regulatory.md (P11,
 * A11, QMSR), when it has them
 */
public record Framework(String id, String shortName, String title, String kind, String issuer,
		String requirementPrefix) {
}
