package org.gxpbridge.risk.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who acts in a step that runs right after a user task: the engine's authenticated user
 * of the completing call (inbox, engine REST and the signing service all complete as the
 * user), never a variable a user could write. Null when the engine itself runs it (a
 * job).
 */
final class Actors {

	private Actors() {
	}

	static String current(DelegateExecution execution) {
		Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return user == null ? null : user.getUserId();
	}

}
