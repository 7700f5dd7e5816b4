package org.gxpbridge.signature.process;

import java.util.Set;

/**
 * What {@code SignaturePolicyDecision} (dmn/signature-policy.dmn) requires for a meaning:
 * one of these roles, whether the authors of the record are excluded from signing it, and
 * the meanings whose signers on the same record are excluded (e.g. APPROVED excludes
 * REVIEWED: the reviewer of a record cannot approve it) (segregation of duties, P11-10g,
 * CHK-15).
 */
public record SignaturePolicy(String meaning, Set<String> requiredRoles, boolean authorExcluded,
		Set<String> excludedSignerMeanings) {

	public static final String DECISION_KEY = "SignaturePolicyDecision";

}
