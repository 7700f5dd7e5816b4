package org.gxpbridge.workflow;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.gxpbridge.security.Account;
import org.gxpbridge.security.AccountStatus;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.Role;
import org.gxpbridge.workflow.internal.DeployedForms;
import org.springframework.stereotype.Component;

/**
 * The one answer to "who may work this task, what does it sign, what may it submit, and
 * who authored this record" (DESIGN.md §5 "facts, not claims"). Every answer comes from
 * engine facts: identity links, the deployed model and form, the process initiator and
 * the history of authoring steps; never from a process variable, which a variable PUT or
 * extra completion variables could change (P11-10g, P11-10d, CHK-15, CHK-16). The
 * engine-wide {@code TaskEligibilityGuard} and the signing service ask it.
 */
@Component
public class TaskModel {

	/**
	 * camunda:property on a user task: the signature meaning(s) of a signing step,
	 * comma-separated.
	 */
	public static final String MEANING_PROPERTY = "signature.meaning";

	/**
	 * camunda:property on a user task: whoever completes it (re)writes the record, so
	 * they are one of its authors.
	 */
	public static final String AUTHORING_PROPERTY = "record.authoring";

	/**
	 * camunda:property on a process: the variables that define its record,
	 * comma-separated; signatures cover them.
	 */
	public static final String RECORD_FIELDS_PROPERTY = "record.fields";

	/**
	 * camunda:property on a user task: the controlled documents (comma-separated numbers)
	 * whose training a person must be current on to claim or complete it (11.10(i));
	 * {@link TrainingGate} answers who is.
	 */
	public static final String TRAINING_PROPERTY = "training.requires";

	/** Never eligible for any task, even when added as a candidate (CHK-16, CHK-17). */
	public static final Set<Role> NEVER_ELIGIBLE = EnumSet.of(Role.ADMIN, Role.INSPECTOR);

	/** An open user task as the engine knows it. */
	public record TaskFacts(String taskId, String taskDefinitionKey, String taskName, String processInstanceId,
			String businessKey, String processDefinitionId, String processDefinitionKey, int processDefinitionVersion,
			String assignee, Set<String> candidateUsers, Set<String> candidateGroups, List<String> meanings,
			boolean authoring) {

		public boolean isSigningStep() {
			return !meanings.isEmpty();
		}
	}

	/** Whether a change of assignee is allowed, and if not, the rule that refuses it. */
	public record AssignmentDecision(boolean allowed, String rule) {
		static AssignmentDecision allow() {
			return new AssignmentDecision(true, null);
		}

		static AssignmentDecision refuse(String rule) {
			return new AssignmentDecision(false, rule);
		}
	}

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final RepositoryService repository;

	private final HistoryService history;

	private final Accounts accounts;

	private final DeployedForms forms;

	TaskModel(TaskService tasks, RuntimeService runtime, RepositoryService repository, HistoryService history,
			Accounts accounts, DeployedForms forms) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.repository = repository;
		this.history = history;
		this.accounts = accounts;
		this.forms = forms;
	}

	/**
	 * The open task with its candidates, meanings and whether it is an authoring step;
	 * empty when not open.
	 */
	public Optional<TaskFacts> task(String taskId) {
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null || task.getProcessInstanceId() == null) {
			return Optional.empty();
		}
		var definition = repository.getProcessDefinition(task.getProcessDefinitionId());
		var instance = runtime.createProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult();
		Set<String> users = new LinkedHashSet<>();
		Set<String> groups = new LinkedHashSet<>();
		candidates(tasks.getIdentityLinksForTask(taskId), users, groups);
		return Optional.of(new TaskFacts(task.getId(), task.getTaskDefinitionKey(), task.getName(),
				task.getProcessInstanceId(), instance == null ? null : instance.getBusinessKey(), definition.getId(),
				definition.getKey(), definition.getVersion(), task.getAssignee(), Set.copyOf(users), Set.copyOf(groups),
				meanings(definition.getId(), task.getTaskDefinitionKey()),
				isAuthoringStep(definition.getId(), task.getTaskDefinitionKey())));
	}

	/**
	 * Whether the user may work (complete, sign) the open task now: its assignee, or an
	 * eligible candidate when unassigned.
	 */
	public boolean mayWork(String taskId, String userId) {
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			return false;
		}
		Optional<Account> account = accounts.find(userId);
		if (account.isEmpty() || !isEligible(account.get(), tasks.getIdentityLinksForTask(taskId))) {
			return false;
		}
		return task.getAssignee() == null || task.getAssignee().equals(account.get().userId());
	}

	/**
	 * The keys of the fields the task's form lets a person submit (camunda:formRef, from
	 * the same deployment; display-only fields marked disabled or readonly are not among
	 * them). Completing or signing the task accepts only these. Empty for an unknown task
	 * or a task without a form.
	 */
	public Set<String> declaredFields(String taskId) {
		Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
		if (task == null || task.getCamundaFormRef() == null || task.getProcessDefinitionId() == null) {
			return Set.of();
		}
		String deploymentId = repository.getProcessDefinition(task.getProcessDefinitionId()).getDeploymentId();
		return forms.submittableKeys(deploymentId, task.getCamundaFormRef().getKey());
	}

	/**
	 * The meanings a signature on this step records (camunda:property signature.meaning);
	 * empty for other steps.
	 */
	public List<String> meanings(String processDefinitionId, String taskDefinitionKey) {
		return property(repository.getBpmnModelInstance(processDefinitionId).getModelElementById(taskDefinitionKey),
				MEANING_PROPERTY)
			.map(TaskModel::list)
			.orElse(List.of());
	}

	/**
	 * Whether completing this step (re)writes the record (camunda:property
	 * record.authoring=true).
	 */
	public boolean isAuthoringStep(String processDefinitionId, String taskDefinitionKey) {
		return property(repository.getBpmnModelInstance(processDefinitionId).getModelElementById(taskDefinitionKey),
				AUTHORING_PROPERTY)
			.map(v -> Boolean.parseBoolean(v.trim()))
			.orElse(false);
	}

	/**
	 * The variables that define the process's record (camunda:property record.fields on
	 * the process); empty when none.
	 */
	public List<String> recordFields(String processDefinitionId) {
		var definition = repository.getProcessDefinition(processDefinitionId);
		Process process = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(definition.getKey());
		return property(process, RECORD_FIELDS_PROPERTY).map(TaskModel::list).orElse(List.of());
	}

	/**
	 * The documents whose training the step requires (its training.requires property);
	 * empty for most steps. Plain rule, so the engine's task listener can ask it too.
	 */
	public static List<String> requiredTraining(BaseElement userTask) {
		return property(userTask, TRAINING_PROPERTY).map(TaskModel::list).orElse(List.of());
	}

	/**
	 * Who authored the record of a process instance: the user who started it (the
	 * engine's start user id) and every user who completed one of its authoring steps
	 * (the engine's user operation log and the historic task assignee).
	 */
	public Set<String> authors(String processInstanceId) {
		Set<String> authors = new LinkedHashSet<>();
		var instance = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
		if (instance == null) {
			return authors;
		}
		if (instance.getStartUserId() != null) {
			authors.add(instance.getStartUserId());
		}
		Set<String> authoringTaskIds = new LinkedHashSet<>();
		for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery()
			.processInstanceId(processInstanceId)
			.finished()
			.list()) {
			if (isAuthoringStep(t.getProcessDefinitionId(), t.getTaskDefinitionKey())) {
				authoringTaskIds.add(t.getId());
				if (t.getAssignee() != null && "completed".equals(t.getDeleteReason())) {
					authors.add(t.getAssignee());
				}
			}
		}
		if (!authoringTaskIds.isEmpty()) {
			history.createUserOperationLogQuery()
				.processInstanceId(processInstanceId)
				.operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
				.list()
				.stream()
				.filter(e -> e.getUserId() != null && authoringTaskIds.contains(e.getTaskId()))
				.forEach(e -> authors.add(e.getUserId()));
		}
		return authors;
	}

	/**
	 * Whether the account may work a task with these identity links: an active account,
	 * neither ADMIN nor INSPECTOR, and a candidate by user id or by one of its roles.
	 * Plain rule, so the engine's task listener can ask it too.
	 */
	public static boolean isEligible(Account account, Collection<? extends IdentityLink> links) {
		if (account == null || account.status() != AccountStatus.ACTIVE
				|| account.roles().stream().anyMatch(NEVER_ELIGIBLE::contains)) {
			return false;
		}
		for (IdentityLink link : links) {
			if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
				continue;
			}
			if (account.userId().equals(link.getUserId()) || (link.getGroupId() != null
					&& account.roles().stream().anyMatch(r -> r.groupId().equals(link.getGroupId())))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The assignment rules (P11-10g): a candidate claims an unassigned task only for
	 * themselves; only the current assignee hands it back; only a QUALITY_MANAGER assigns
	 * or reassigns it to another person, who must be an eligible candidate.
	 * @param actor who changes the assignee
	 * @param actorIsQualityManager whether the actor holds QUALITY_MANAGER
	 * @param previous the assignee before (null: unassigned)
	 * @param next the assignee after (null: handed back)
	 * @param nextEligible whether {@code next} is an eligible candidate of the task
	 */
	public static AssignmentDecision assignment(String actor, boolean actorIsQualityManager, String previous,
			String next, boolean nextEligible) {
		if (next != null && !nextEligible) {
			return AssignmentDecision.refuse(
					"User '" + next + "' is not a candidate of this task, or not an eligible candidate (administrators "
							+ "and inspectors never are), and cannot be assigned to it");
		}
		if (next == null) {
			return previous == null || previous.equals(actor) ? AssignmentDecision.allow()
					: AssignmentDecision.refuse("Only the assignee ('" + previous + "') may hand this task back; '"
							+ actor + "' may not unclaim it");
		}
		if (next.equals(previous)) {
			return AssignmentDecision.allow();
		}
		if (actorIsQualityManager) {
			return AssignmentDecision.allow();
		}
		if (previous == null) {
			return next.equals(actor) ? AssignmentDecision.allow()
					: AssignmentDecision
						.refuse("A candidate may claim an unassigned task only for themselves; only a quality manager "
								+ "assigns it to someone else ('" + actor + "' tried to assign it to '" + next + "')");
		}
		return AssignmentDecision.refuse("Task is assigned to '" + previous
				+ "': only a quality manager may reassign it ('" + actor + "' tried to assign it to '" + next + "')");
	}

	private static void candidates(List<IdentityLink> links, Set<String> users, Set<String> groups) {
		links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).forEach(l -> {
			if (l.getUserId() != null) {
				users.add(l.getUserId());
			}
			if (l.getGroupId() != null) {
				groups.add(l.getGroupId());
			}
		});
	}

	private static Optional<String> property(BaseElement element, String name) {
		if (element == null || element.getExtensionElements() == null) {
			return Optional.empty();
		}
		return element.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaProperties.class)
			.list()
			.stream()
			.flatMap(p -> p.getCamundaProperties().stream())
			.filter(p -> name.equals(p.getCamundaName()) && p.getCamundaValue() != null)
			.map(p -> p.getCamundaValue())
			.findFirst();
	}

	private static List<String> list(String commaSeparated) {
		return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

}
