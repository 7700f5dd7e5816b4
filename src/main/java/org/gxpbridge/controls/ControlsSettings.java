package org.gxpbridge.controls;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gxp.controls.*}. {@code periodicReview}: how long after it became effective (or
 * was last kept effective) a document is due for periodic review (ISO 13485 4.2.4);
 * {@code trainingDue}: how long a person has for a read-and-understood before it is
 * overdue and escalated to quality managers.
 */
@ConfigurationProperties("gxp.controls")
public record ControlsSettings(Period periodicReview, Period trainingDue) {

	public ControlsSettings {
		periodicReview = periodicReview == null ? Period.ofMonths(24) : periodicReview;
		trainingDue = trainingDue == null ? Period.ofDays(14) : trainingDue;
	}

}
