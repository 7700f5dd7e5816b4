package org.gxpbridge.monitoring.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who acts in a step: the user the engine is authenticated as (the workflow facade and
 * the signing service set it), never a variable. Null when the server acts (a job).
 */
final class Actor {

	private Actor() {
	}

	static String of(DelegateTask task) {
		return of(task.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
	}

	static String of(DelegateExecution execution) {
		return of(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
	}

	private static String of(Authentication authentication) {
		return authentication == null ? null : authentication.getUserId();
	}

	static String text(Object value) {
		return value == null ? null : value.toString();
	}

}
