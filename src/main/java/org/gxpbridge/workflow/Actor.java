package org.gxpbridge.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who acts in a process step: the user the engine is authenticated as for the command
 * that runs it (the workflow facade, the inbox, engine REST and the signing service all
 * act as the user), never a variable a user could write ("facts, not claims"). Engine
 * history cannot answer this during the command itself: it is written when the command
 * ends. Null when the server runs the step in a job.
 */
public final class Actor {

	/**
	 * The user id records name when the server itself acts: a step a job runs, or a step
	 * another process (the compliance programme) starts on its own.
	 */
	public static final String SERVER = "system";

	private Actor() {
	}

	public static String current(DelegateExecution execution) {
		return of(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
	}

	public static String current(DelegateTask task) {
		return of(task.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
	}

	/**
	 * The acting user, or {@link #SERVER} when the step runs without one: in a job, or in
	 * an instance another process called or started.
	 */
	public static String currentOrServer(DelegateExecution execution) {
		String user = current(execution);
		return user != null ? user : SERVER;
	}

	/** The acting user, or the task's assignee when the engine runs without one. */
	public static String currentOrAssignee(DelegateTask task) {
		String user = current(task);
		return user != null ? user : task.getAssignee();
	}

	private static String of(Authentication authentication) {
		return authentication == null ? null : authentication.getUserId();
	}

}
