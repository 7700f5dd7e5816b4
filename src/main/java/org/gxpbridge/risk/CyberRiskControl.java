package org.gxpbridge.risk;

/**
 * {@code CyberRiskControlDecision}'s answer: controlled or uncontrolled and the patch
 * track of FD&C 524B(b)(2) ({@code regular-cycle} or {@code out-of-cycle}).
 */
public record CyberRiskControl(RiskOutcome state, String patchTrack) {
}
