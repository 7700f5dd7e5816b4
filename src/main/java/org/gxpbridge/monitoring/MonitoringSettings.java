package org.gxpbridge.monitoring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gxp.monitoring.*}. {@code effectivenessCheckAfter}: how long after its last
 * action closes a CAPA's effectiveness is checked, as the ISO-8601 duration the timer
 * waits (e.g. P90D).
 */
@ConfigurationProperties("gxp.monitoring")
public record MonitoringSettings(String effectivenessCheckAfter) {

	public MonitoringSettings {
		if (effectivenessCheckAfter == null || effectivenessCheckAfter.isBlank()) {
			effectivenessCheckAfter = "P90D";
		}
	}

}
