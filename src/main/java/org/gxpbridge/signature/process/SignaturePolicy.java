package org.gxpbridge.signature.process;

import java.util.Set;

/**
 * What {@code SignaturePolicyDecision} (dmn/signature-policy.dmn) requires for a meaning: one of these roles, and
 * whether the author of the record is excluded from signing it (segregation of duties, P11-10g, CHK-15).
 */
public record SignaturePolicy(String meaning, Set<String> requiredRoles, boolean authorExcluded) {

    public static final String DECISION_KEY = "SignaturePolicyDecision";
}
