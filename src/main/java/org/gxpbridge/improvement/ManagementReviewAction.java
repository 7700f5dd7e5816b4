package org.gxpbridge.improvement;

import java.time.Instant;
import java.time.LocalDate;

/** An action agreed by a management review, tracked until its owner reports it done. */
public record ManagementReviewAction(String id, String reviewId, int number, String description, String ownerId,
		LocalDate dueDate, String status, String outcome, String doneBy, Instant doneAt) {

	public static final String OPEN = "OPEN";

	public static final String DONE = "DONE";

}
