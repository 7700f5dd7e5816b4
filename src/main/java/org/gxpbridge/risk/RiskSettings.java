package org.gxpbridge.risk;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gxp.risk.*}. {@code reviewInterval}: time from a register's release to its
 * periodic review (ISO 14971 clause 10, production and post-production information), e.g.
 * {@code P12M}.
 */
@ConfigurationProperties("gxp.risk")
public record RiskSettings(Period reviewInterval) {

	public RiskSettings {
		reviewInterval = reviewInterval == null ? Period.ofMonths(12) : reviewInterval;
	}
}
