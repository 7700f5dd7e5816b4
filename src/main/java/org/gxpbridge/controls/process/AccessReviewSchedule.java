package org.gxpbridge.controls.process;

import org.gxpbridge.controls.AccessReviewSettings;
import org.springframework.stereotype.Component;

/**
 * The timer cycle of StartEvent_AccessReviewDue, read from
 * {@code gxp.controls.access-review.cycle} when the model is deployed. Public because the
 * engine's expression language calls it.
 */
@Component("accessReviewSchedule")
public class AccessReviewSchedule {

	private final AccessReviewSettings settings;

	AccessReviewSchedule(AccessReviewSettings settings) {
		this.settings = settings;
	}

	public String cycle() {
		return settings.cycle();
	}

}
