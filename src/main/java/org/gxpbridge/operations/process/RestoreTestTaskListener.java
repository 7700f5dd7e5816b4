package org.gxpbridge.operations.process;

import static org.gxpbridge.operations.BackupVerificationModel.TASK_APPROVE;
import static org.gxpbridge.operations.BackupVerificationModel.TASK_RECORD;
import static org.gxpbridge.operations.BackupVerificationModel.VAR_BACKUP_TAKEN_AT;
import static org.gxpbridge.operations.BackupVerificationModel.VAR_EVIDENCE;
import static org.gxpbridge.operations.BackupVerificationModel.VAR_RESTORED_TO;
import static org.gxpbridge.operations.BackupVerificationModel.VAR_TEST_ID;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gxpbridge.operations.RestoreTests;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.shared.RefusedByRuleException;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * Task_RecordRestoreTest completes only with an accepted restore report and records the
 * operator's facts; Task_ApproveRestoreTest is refused (claim and completion) to the
 * person who recorded the test and, completed, records the approval in the transaction of
 * the signature.
 */
@Component("restoreTestTaskListener")
class RestoreTestTaskListener implements TaskListener {

	private final RestoreTests tests;

	RestoreTestTaskListener(RestoreTests tests) {
		this.tests = tests;
	}

	@Override
	public void notify(DelegateTask task) {
		String testId = (String) task.getVariable(VAR_TEST_ID);
		try {
			if (TASK_RECORD.equals(task.getTaskDefinitionKey()) && EVENTNAME_COMPLETE.equals(task.getEventName())) {
				tests.record(testId, person(task), (String) task.getVariable(VAR_BACKUP_TAKEN_AT),
						(String) task.getVariable(VAR_RESTORED_TO), (String) task.getVariable(VAR_EVIDENCE));
			}
			else if (TASK_APPROVE.equals(task.getTaskDefinitionKey())) {
				if (EVENTNAME_ASSIGNMENT.equals(task.getEventName()) && task.getAssignee() != null) {
					tests.refuseSelfApproval(testId, task.getAssignee());
				}
				else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
					tests.approve(testId, person(task));
				}
			}
		}
		catch (RefusedByRuleException e) {
			throw new AuthorizationException(e.getMessage());
		}
		catch (DomainException e) {
			throw new ProcessEngineException(e.getMessage(), e);
		}
	}

	private static String person(DelegateTask task) {
		String user = Actor.currentOrAssignee(task);
		if (user == null) {
			throw new AuthorizationException("A restore test is recorded and approved by a person, not by the server");
		}
		return user;
	}

}
