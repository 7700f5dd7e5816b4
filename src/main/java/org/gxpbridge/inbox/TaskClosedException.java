package org.gxpbridge.inbox;

import java.time.Instant;

import org.gxpbridge.shared.NotFoundException;

/**
 * The task is no longer open: it was completed (or its process ended) before this
 * request. A kind of not-found with the same code as an unknown task
 * ({@code task_not_found}), so API clients see no difference; pages use who closed it and
 * when to tell the user what happened.
 *
 * @param taskName the step's name, when the history knows it
 * @param closedBy who completed it, absent when it ended with its process
 */
public class TaskClosedException extends NotFoundException {

	private final String taskName;

	private final String closedBy;

	private final Instant closedAt;

	public TaskClosedException(String taskId, String taskName, String closedBy, Instant closedAt) {
		super("task_not_found", "No open task with id '" + taskId + "'; it was "
				+ (closedBy == null ? "closed" : "completed by " + closedBy) + " at " + closedAt);
		this.taskName = taskName;
		this.closedBy = closedBy;
		this.closedAt = closedAt;
	}

	public String taskName() {
		return taskName;
	}

	public String closedBy() {
		return closedBy;
	}

	public Instant closedAt() {
		return closedAt;
	}

}
