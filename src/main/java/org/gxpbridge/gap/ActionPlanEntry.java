package org.gxpbridge.gap;

import java.time.LocalDate;

/**
 * The planner's word on one proposed action: what to do, who owns it, by when; or
 * declined, with {@code description} saying why nothing is done.
 */
public record ActionPlanEntry(String description, String ownerId, LocalDate dueDate, boolean declined) {
}
