package org.gxpbridge.operations.process;

import static org.gxpbridge.operations.BackupVerificationModel.VAR_TEST_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gxpbridge.operations.RestoreTests;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * Task_OpenRestoreTest: the restore test's record, bound to this process instance in its
 * own table (the binding a signature relies on), opened by the schedule or by the person
 * who started it.
 */
@Component("openRestoreTestDelegate")
class OpenRestoreTestDelegate implements JavaDelegate {

	private final RestoreTests tests;

	OpenRestoreTestDelegate(RestoreTests tests) {
		this.tests = tests;
	}

	@Override
	public void execute(DelegateExecution execution) {
		// not async: runs in the starter's command, so Actor names them (null: the timer)
		execution.setVariable(VAR_TEST_ID,
				tests.open(execution.getProcessInstanceId(), Actor.current(execution)).testId());
	}

}
