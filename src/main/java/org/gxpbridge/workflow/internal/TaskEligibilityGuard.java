package org.gxpbridge.workflow.internal;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.gxpbridge.security.Account;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.Role;
import org.gxpbridge.workflow.TaskModel;
import org.gxpbridge.workflow.TrainingGate;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Authority check on every user task of every process (P11-10g, CHK-15, CHK-16), with the
 * rules of {@link TaskModel}: a task is completed only by its assignee, or by an eligible
 * candidate while unassigned; administrators and inspectors are eligible for nothing,
 * even when added as candidates. Changes of assignee follow {@link TaskModel#assignment}:
 * claim for oneself, hand back only one's own task, (re)assign to someone else only as a
 * quality manager. The assignee an expression sets when the task is created (e.g.
 * {@code ${author}}) must be eligible. A step that names required training
 * ({@link TaskModel#TRAINING_PROPERTY}) is claimed, assigned and completed (signed) only
 * by a person current on it ({@link TrainingGate}, 11.10(i)): the one place both claim
 * and signature pass. Work the engine does on its own (no authenticated user) passes.
 */
class TaskEligibilityGuard implements TaskListener {

	private final Accounts accounts;

	private final ObjectProvider<TrainingGate> trainingGates;

	TaskEligibilityGuard(Accounts accounts, ObjectProvider<TrainingGate> trainingGates) {
		this.accounts = accounts;
		this.trainingGates = trainingGates;
	}

	@Override
	public void notify(DelegateTask task) {
		Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (auth == null || auth.getUserId() == null) {
			return;
		}
		String actor = auth.getUserId();
		if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
			checkAssignment(task, actor);
		}
		else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
			String assignee = task.getAssignee();
			boolean allowed = isEligible(task, actor) && (assignee == null || assignee.equals(actor));
			if (!allowed) {
				throw new AuthorizationException("User '" + actor + "' may not complete task '" + task.getName() + "': "
						+ (assignee != null && !assignee.equals(actor) ? "it is assigned to '" + assignee + "'"
								: "they are not an eligible candidate (administrators and inspectors never are)"));
			}
			requireTraining(task, actor, "complete or sign");
		}
	}

	private void requireTraining(DelegateTask task, String userId, String act) {
		List<String> required = TaskModel.requiredTraining(task.getBpmnModelElementInstance());
		if (required.isEmpty()) {
			return;
		}
		List<String> missing = trainingGates.orderedStream()
			.flatMap(gate -> gate.missingTraining(userId, required).stream())
			.toList();
		if (!missing.isEmpty()) {
			throw new AuthorizationException("User '" + userId + "' may not " + act + " task '" + task.getName()
					+ "': training is not current (21 CFR 11.10(i)) on " + String.join("; ", missing));
		}
	}

	private void checkAssignment(DelegateTask task, String actor) {
		String next = task.getAssignee();
		boolean nextEligible = next == null || isEligible(task, next);
		TaskEntity entity = (TaskEntity) task;
		if ("Created".equals(entity.getTaskState())) {
			// the model's assignee expression at creation, not a person's choice: it must
			// only name an eligible candidate
			if (!nextEligible) {
				throw new AuthorizationException("User '" + next + "' is not a candidate of task '" + task.getName()
						+ "' and cannot be assigned to it");
			}
			return;
		}
		PropertyChange change = entity.getPropertyChanges().get("assignee");
		String previous = change == null ? null : (String) change.getOrgValue();
		boolean qualityManager = accounts.find(actor).map(a -> a.hasRole(Role.QUALITY_MANAGER)).orElse(false);
		TaskModel.AssignmentDecision decision = TaskModel.assignment(actor, qualityManager, previous, next,
				nextEligible);
		if (!decision.allowed()) {
			throw new AuthorizationException("Task '" + task.getName() + "': " + decision.rule());
		}
		if (next != null && !next.equals(previous)) {
			requireTraining(task, next, "claim or be assigned");
		}
	}

	private boolean isEligible(DelegateTask task, String userId) {
		Account account = accounts.find(userId).orElse(null);
		return TaskModel.isEligible(account, task.getCandidates());
	}

	/**
	 * Adds the guard to every user task at deployment: one mechanism for all diagrams.
	 */
	static class ParseListener extends AbstractBpmnParseListener {

		private final TaskEligibilityGuard guard;

		ParseListener(Accounts accounts, ObjectProvider<TrainingGate> trainingGates) {
			this.guard = new TaskEligibilityGuard(accounts, trainingGates);
		}

		@Override
		public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
			var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
			definition.addTaskListener(EVENTNAME_ASSIGNMENT, guard);
			definition.addTaskListener(EVENTNAME_COMPLETE, guard);
		}

	}

}
