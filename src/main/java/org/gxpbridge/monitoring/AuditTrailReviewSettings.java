package org.gxpbridge.monitoring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gxp.monitoring.audit-trail-review.*}: {@code cycle} is the ISO 8601 repeating
 * interval at which a review of every record type is started (e.g. {@code R/P1M});
 * {@code maxEntriesShown} caps the entries a review task lists inline (the page shows
 * all). The timer start of audit-trail-review.bpmn reads the same property, with the same
 * default, when it is deployed.
 */
@ConfigurationProperties("gxp.monitoring.audit-trail-review")
public record AuditTrailReviewSettings(String cycle, int maxEntriesShown) {

	public AuditTrailReviewSettings {
		cycle = cycle == null || cycle.isBlank() ? "R/P1M" : cycle;
		maxEntriesShown = maxEntriesShown <= 0 ? 200 : maxEntriesShown;
	}

}
