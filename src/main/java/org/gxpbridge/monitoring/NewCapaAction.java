package org.gxpbridge.monitoring;

import java.time.LocalDate;

/** An action to add to a CAPA while it is planned: what, who owns it, by when. */
public record NewCapaAction(String description, String ownerId, LocalDate dueDate) {
}
