package org.gxpbridge.controls;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gxp.controls.access-review.*}: {@code cycle} is the ISO 8601 repeating interval
 * of the scheduled review (e.g. {@code R/P3M}), {@code unusedDays} how long an account
 * may go unused before the server deactivates it (11.300(b), CHK-12). The timer start of
 * access-review.bpmn reads the same property, with the same default, when it is deployed.
 */
@ConfigurationProperties("gxp.controls.access-review")
public record AccessReviewSettings(String cycle, int unusedDays) {

	public AccessReviewSettings {
		cycle = cycle == null || cycle.isBlank() ? "R/P3M" : cycle;
		unusedDays = unusedDays <= 0 ? 90 : unusedDays;
	}

}
