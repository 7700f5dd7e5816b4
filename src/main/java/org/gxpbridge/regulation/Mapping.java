package org.gxpbridge.regulation;

import java.util.Set;

/**
 * A typed crosswalk link between requirements of two frameworks: reading the link from
 * the {@code from} requirement, its content is EQUAL to, a SUBSET of, a SUPERSET of,
 * INTERSECTs with or is only RELATED to the {@code to} requirement (the set relations of
 * NIST OLIR and CISO Assistant). A mapped requirement is necessary, not sufficient
 * evidence: the links are a starting point for QA/RA review.
 *
 * @param fromFramework catalogue id of the source framework
 * @param fromRequirement requirement id in the source framework
 * @param toFramework catalogue id of the target framework
 * @param toRequirement requirement id in the target framework
 * @param relation EQUAL, SUBSET, SUPERSET, INTERSECT or RELATED
 */
public record Mapping(String fromFramework, String fromRequirement, String toFramework, String toRequirement,
		String relation) {

	/** The relations a link may have. */
	public static final Set<String> RELATIONS = Set.of("EQUAL", "SUBSET", "SUPERSET", "INTERSECT", "RELATED");

	/**
	 * The same link read from the other end: SUBSET and SUPERSET swap, the others stay.
	 */
	public Mapping reversed() {
		String back = switch (relation) {
			case "SUBSET" -> "SUPERSET";
			case "SUPERSET" -> "SUBSET";
			default -> relation;
		};
		return new Mapping(toFramework, toRequirement, fromFramework, fromRequirement, back);
	}

}
