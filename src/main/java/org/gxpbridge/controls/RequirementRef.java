package org.gxpbridge.controls;

import org.gxpbridge.shared.InvalidInputException;

/**
 * A requirement of the regulation catalogue as a control names it:
 * {@code frameworkId/requirementId}, e.g. {@code 21-CFR-11/11.10(d)}.
 */
public record RequirementRef(String frameworkId, String requirementId) {

	/** Parses {@code frameworkId/requirementId}; the requirement id may hold slashes. */
	public static RequirementRef parse(String text) {
		String t = text == null ? "" : text.trim();
		int slash = t.indexOf('/');
		if (slash <= 0 || slash == t.length() - 1) {
			throw new InvalidInputException("invalid_requirement",
					"Requirement '" + t + "' is not written frameworkId/requirementId (e.g. 21-CFR-11/11.10(d))");
		}
		return new RequirementRef(t.substring(0, slash).trim(), t.substring(slash + 1).trim());
	}

	@Override
	public String toString() {
		return frameworkId + "/" + requirementId;
	}

}
