package org.gxpbridge.documents.internal;

import java.util.Optional;

/**
 * What the engine knows about the process instance and task that evidence is attached to.
 */
public interface EvidenceTargets {

	enum State {

		RUNNING, ENDED, UNKNOWN

	}

	State processInstance(String processInstanceId);

	/** The process instance of an open task, or empty if no such task is open. */
	Optional<String> processInstanceOfTask(String taskId);

}
