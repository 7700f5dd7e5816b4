package org.gxpbridge.improvement;

import java.time.Instant;

/**
 * A risk a change touches: the outcome the register held when the change was requested
 * and the outcome the risk module's decision table gave at the impact assessment.
 */
public record ChangeRequestRisk(String riskRef, String title, String outcomeAtRequest, String outcomeAssessed,
		String assessedBy, Instant assessedAt) {
}
