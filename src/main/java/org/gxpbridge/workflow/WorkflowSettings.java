package org.gxpbridge.workflow;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gxp.workflow.*}. {@code retentionDays}: how long the records of each process
 * must be kept; the model's historyTimeToLive must be at least that (P11-10c, CHK-19).
 */
@ConfigurationProperties("gxp.workflow")
public record WorkflowSettings(Map<String, Integer> retentionDays) {

	public WorkflowSettings {
		retentionDays = retentionDays == null ? Map.of() : Map.copyOf(retentionDays);
	}
}
