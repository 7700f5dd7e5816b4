package org.gxpbridge.workflow.internal;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.gxpbridge.security.Account;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.Role;
import org.gxpbridge.shared.ReasonForChange;
import org.gxpbridge.workflow.TaskModel;
import org.gxpbridge.workflow.internal.EngineCommands.Rule;

/**
 * The command-level guard (DESIGN.md §5): whatever route reached the engine — engine
 * REST, the webapps' copy of it, Java code acting for a user — the command a person asks
 * for is checked here, inside the engine, before it runs. Engine authorization (who may
 * touch which resource) runs as well; this guard adds what authorization cannot say:
 * moving a record outside its diagram needs a quality manager and a reason (P11-10a,
 * P11-10f, Annex 11 §9), history and models leave only through the retention and
 * change-control services (P11-10c, P11-10e, CHK-19, CHK-24), a BPMN error only where the
 * diagram catches it. Work the server does on its own (no authenticated user: the job
 * executor, deployment at start, retention) passes. Only the outermost command of a call
 * is judged: the commands an allowed command runs inside itself are the engine's own
 * doing.
 */
class CommandGuard extends CommandInterceptor {

	private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

	private final TaskFormFields formFields;

	private final Accounts accounts;

	CommandGuard(TaskFormFields formFields, Accounts accounts) {
		this.formFields = formFields;
		this.accounts = accounts;
	}

	@Override
	public <T> T execute(Command<T> command) {
		int[] depth = DEPTH.get();
		if (depth[0] == 0) {
			check(command);
		}
		depth[0]++;
		try {
			return next.execute(command);
		}
		finally {
			depth[0]--;
		}
	}

	private void check(Command<?> command) {
		CommandContext context = Context.getCommandContext();
		Authentication auth = context == null ? null : context.getAuthentication();
		if (auth == null || auth.getUserId() == null) {
			return;
		}
		Rule rule = EngineCommands.ruleFor(command);
		String operation = EngineCommands.describe(command);
		switch (rule) {
			case READ -> {
			}
			case ENGINE -> checkStart(command, context);
			case TASK_WORK -> checkTaskWork(command, context);
			case PRIVILEGED -> {
				requirePrivilege(auth, operation);
				checkCandidate(command);
			}
			case FILTER_ADMIN ->
				requireRole(auth, Role.ADMIN, operation, "saved task filters are administered by an administrator");
			case SYSTEM_ONLY -> throw new AuthorizationException(
					"'" + operation + "' is not open to people: " + EngineCommands.systemOnlyReason(command));
			case UNKNOWN ->
				throw new AuthorizationException("'" + operation + "' is not an operation GxP Bridge has opened; "
						+ "a new engine operation stays closed until it is classified (DESIGN.md §5)");
		}
	}

	/**
	 * Start instructions, modification, migration, restart, cancellation, suspension,
	 * variable edits… (P11-10a).
	 */
	private static void requirePrivilege(Authentication auth, String operation) {
		requireRole(auth, Role.QUALITY_MANAGER, operation, "it moves or changes a GxP record outside its diagram");
		if (ReasonForChange.current().isEmpty()) {
			throw new ReasonRequiredException(
					"'" + operation + "' changes a GxP record outside its diagram: give the reason in the "
							+ ReasonForChange.HEADER + " header (EU Annex 11 §9); nothing was changed");
		}
	}

	private static void requireRole(Authentication auth, Role role, String operation, String why) {
		if (auth.getGroupIds() == null || !auth.getGroupIds().contains(role.groupId())) {
			throw new AuthorizationException("'" + operation + "' is reserved to the role " + role.name() + ": " + why);
		}
	}

	/**
	 * A candidate added to a step must be a person who could work it: an account, never
	 * an administrator or inspector.
	 */
	private void checkCandidate(Command<?> command) {
		if (!command.getClass().getSimpleName().startsWith("Add")
				|| !command.getClass().getSimpleName().endsWith("IdentityLinkCmd")) {
			return;
		}
		String userId = CommandFields.string(command, "userId");
		String groupId = CommandFields.string(command, "groupId");
		if (userId != null) {
			Account account = accounts.find(userId)
				.orElseThrow(() -> new BadUserRequestException(
						"No account '" + userId + "' exists; only people with an account can be candidates of a step"));
			if (account.roles().stream().anyMatch(TaskModel.NEVER_ELIGIBLE::contains)) {
				throw new AuthorizationException(
						"'" + account.userId() + "' holds a role that works no content (ADMIN, INSPECTOR) "
								+ "and cannot be a candidate of a step (segregation of duties, CHK-16)");
			}
		}
		if (groupId != null && Role.fromGroupId(groupId).filter(r -> !TaskModel.NEVER_ELIGIBLE.contains(r)).isEmpty()) {
			throw new BadUserRequestException(
					"'" + groupId + "' is not a role that works content; candidates groups are roles");
		}
	}

	private void checkTaskWork(Command<?> command, CommandContext context) {
		String name = command.getClass().getSimpleName();
		String taskId = CommandFields.string(command, "taskId");
		if (("AddCommentCmd".equals(name) || "CreateAttachmentCmd".equals(name)) && taskId == null) {
			requirePrivilege(context.getAuthentication(), EngineCommands.describe(command) + " on a process instance");
			return;
		}
		TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
		if (task == null || task.getExecution() == null) {
			return; // the engine answers "not found" in its own words
		}
		switch (name) {
			case "CompleteTaskCmd" -> checkDeclared(task, CommandFields.variableNames(command, "variables"));
			case "SubmitTaskFormCmd" -> checkDeclared(task, CommandFields.variableNames(command, "properties"));
			case "HandleTaskBpmnErrorCmd" -> {
				checkDeclared(task, CommandFields.variableNames(command, "variables"));
				String code = CommandFields.string(command, "errorCode");
				if (!ModelCatches.error(task, code)) {
					throw new AuthorizationException("Step '" + task.getName() + "' cannot end with BPMN error '" + code
							+ "': its diagram does not catch that error, so the record would leave its validated path");
				}
			}
			case "HandleTaskEscalationCmd" -> {
				checkDeclared(task, CommandFields.variableNames(command, "variables"));
				String code = CommandFields.string(command, "escalationCode");
				if (!ModelCatches.escalation(task, code)) {
					throw new AuthorizationException("Step '" + task.getName() + "' cannot raise escalation '" + code
							+ "': its diagram does not catch it");
				}
			}
			case "AddCommentCmd", "CreateAttachmentCmd" -> {
				String actor = context.getAuthentication().getUserId();
				Account account = accounts.find(actor).orElse(null);
				boolean works = actor.equals(task.getAssignee())
						|| (account != null && TaskModel.isEligible(account, task.getCandidates()));
				if (!works) {
					throw new AuthorizationException("Only who may work step '" + task.getName()
							+ "' (its assignee or a candidate) " + "adds comments or attachments to it");
				}
			}
			default -> throw new IllegalStateException("no task-work check for " + name);
		}
	}

	/**
	 * A start with a form accepts only the fields the start form declares, as a step
	 * does.
	 */
	private void checkStart(Command<?> command, CommandContext context) {
		String name = command.getClass().getSimpleName();
		String definitionId;
		Set<String> submitted;
		if ("StartProcessInstanceCmd".equals(name)) {
			Object builder = CommandFields.read(command, "instantiationBuilder");
			definitionId = CommandFields.string(builder, "processDefinitionId");
			String key = CommandFields.string(builder, "processDefinitionKey");
			if (definitionId == null && key != null) {
				var latest = context.getProcessEngineConfiguration()
					.getDeploymentCache()
					.findDeployedLatestProcessDefinitionByKey(key);
				definitionId = latest == null ? null : latest.getId();
			}
			submitted = CommandFields.variableNames(CommandFields.read(builder, "modificationBuilder"),
					"processVariables");
		}
		else if ("SubmitStartFormCmd".equals(name)) {
			definitionId = CommandFields.string(command, "processDefinitionId");
			submitted = CommandFields.variableNames(command, "variables");
		}
		else {
			return;
		}
		if (definitionId == null || submitted.isEmpty()) {
			return;
		}
		String id = definitionId;
		formFields.declaredByStart(id)
			.ifPresent(allowed -> submitted.stream()
				.filter(f -> !allowed.contains(f))
				.sorted()
				.findFirst()
				.ifPresent(extra -> {
					throw new BadUserRequestException(
							"Field '" + extra + "' is not declared by the start form of this process; "
									+ "a start accepts only the fields its form declares " + new TreeSet<>(allowed));
				}));
	}

	/**
	 * Completing a step accepts only the fields its form declares (400 naming the first
	 * extra field).
	 */
	private void checkDeclared(TaskEntity task, Set<String> submitted) {
		if (submitted.isEmpty()) {
			return;
		}
		Optional<Set<String>> declared = formFields.declaredBy(task.getProcessDefinitionId(),
				task.getTaskDefinitionKey());
		Set<String> allowed = declared.orElse(Set.of());
		submitted.stream().filter(f -> !allowed.contains(f)).sorted().findFirst().ifPresent(extra -> {
			throw new BadUserRequestException("Field '" + extra + "' is not declared by the form of step '"
					+ task.getName() + "'; a step accepts only the fields its form declares " + new TreeSet<>(allowed));
		});
	}

}
