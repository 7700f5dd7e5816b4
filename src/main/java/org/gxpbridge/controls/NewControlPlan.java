package org.gxpbridge.controls;

import java.time.LocalDate;
import java.util.List;

/**
 * The plan of a control implementation as its planner states it; checked by
 * {@link ControlImplementations#plan} before anything is stored.
 *
 * @param requirements catalogue requirements as {@code frameworkId/requirementId}
 * @param gapActionId optional tracked gap action this control closes
 */
public record NewControlPlan(String title, String category, List<String> requirements, String gapActionId,
		String ownerId, LocalDate dueDate) {

	public NewControlPlan {
		requirements = requirements == null ? List.of() : List.copyOf(requirements);
	}

}
