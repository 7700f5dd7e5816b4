package org.gxpbridge.workflow.internal;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's default task grants (READ and TASK_WORK to the assignee and the candidates
 * the diagram names), plus TASK_ASSIGN for the assignee so that a person can hand back a
 * task they claimed. Whether an assignment is allowed at all (only to oneself, only the
 * assignee hands back, only a quality manager reassigns) is the task listener's rule in
 * the engine; this only lets the engine reach it.
 */
class TaskAuthorizationProvider extends DefaultAuthorizationProvider {

	@Override
	public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
		AuthorizationEntity[] granted = super.newTaskAssignee(task, oldAssignee, newAssignee);
		if (granted != null) {
			for (AuthorizationEntity a : granted) {
				if (a != null && a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
						&& newAssignee.equals(a.getUserId())) {
					a.addPermission((Permission) TaskPermissions.TASK_ASSIGN);
				}
			}
		}
		return granted;
	}

}
