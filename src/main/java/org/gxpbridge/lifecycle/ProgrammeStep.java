package org.gxpbridge.lifecycle;

import java.time.Instant;
import java.util.List;

/**
 * Where one lifecycle step of a programme's current cycle stands.
 *
 * @param number 1 to 6
 * @param state NOT_STARTED, IN_PROGRESS or DONE
 * @param records the step's process instances (business key = the programme id) with
 * their open tasks' names
 */
public record ProgrammeStep(int number, String name, String processKey, String state, Instant startedAt,
		Instant endedAt, List<StepRecord> records) {

	public static final String NOT_STARTED = "NOT_STARTED";

	public static final String IN_PROGRESS = "IN_PROGRESS";

	public static final String DONE = "DONE";

	/** One process instance a step runs, e.g. a control implementation. */
	public record StepRecord(String processInstanceId, String recordId, boolean ended, List<String> openTasks) {
	}

}
