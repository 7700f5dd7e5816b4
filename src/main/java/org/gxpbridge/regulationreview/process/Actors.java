package org.gxpbridge.regulationreview.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The user whose act runs this step (the engine's authenticated user of the command: who
 * completed the task before it), or null when the server acts in a job.
 */
final class Actors {

	private Actors() {
	}

	static String current(DelegateExecution execution) {
		Authentication authentication = execution.getProcessEngineServices()
			.getIdentityService()
			.getCurrentAuthentication();
		return authentication == null ? null : authentication.getUserId();
	}

}
