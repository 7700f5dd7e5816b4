package org.gxpbridge.monitoring.process;

import org.gxpbridge.monitoring.AuditTrailReviewSettings;
import org.springframework.stereotype.Component;

/**
 * The timer cycle of StartEvent_AuditTrailReviewsDue, read from
 * {@code gxp.monitoring.audit-trail-review.cycle} when the model is deployed. Public
 * because the engine's expression language calls it.
 */
@Component("auditTrailReviewSchedule")
public class AuditTrailReviewSchedule {

	private final AuditTrailReviewSettings settings;

	AuditTrailReviewSchedule(AuditTrailReviewSettings settings) {
		this.settings = settings;
	}

	public String cycle() {
		return settings.cycle();
	}

}
