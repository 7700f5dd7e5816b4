package org.gxpbridge.workflow.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Every engine command a person can cause, sorted by what it does to a GxP record. This
 * table is the reviewed, versioned statement of which engine operations are open to
 * people (DESIGN.md §5); EngineCommandsTests fails when the engine has a command the
 * table does not name, so a new engine operation stays closed until someone decides.
 */
final class EngineCommands {

	enum Rule {

		/** Reads: engine authorization filters what is seen. */
		READ,
		/**
		 * Work the engine's authorization and the task listeners judge fully (start,
		 * claim, comment, evaluate).
		 */
		ENGINE,
		/**
		 * Task work with extra checks: only declared form fields; BPMN errors only where
		 * the diagram catches them; comments and attachments on a step only by those who
		 * may work it (on the instance itself: privileged).
		 */
		TASK_WORK,
		/**
		 * Moves or changes a record outside its diagram: QUALITY_MANAGER with a reason
		 * (P11-10a, Annex 11 §9).
		 */
		PRIVILEGED,
		/** Saved task filters: ADMIN only, never with expressions. */
		FILTER_ADMIN,
		/**
		 * Never for people: models deploy through change control, history leaves through
		 * retention only.
		 */
		SYSTEM_ONLY,
		/** Not classified: refused. */
		UNKNOWN

	}

	private static final String CMD = "org.camunda.bpm.engine.impl.cmd.";

	private static final String ENGINE_IMPL = "org.camunda.bpm.engine.impl.";

	static final Set<String> ENGINE_WORK = names("StartProcessInstanceCmd", "SubmitStartFormCmd", "ClaimTaskCmd",
			"AssignTaskCmd", "EvaluateDecisionCmd", "EvaluateDecisionTableCmd");

	static final Set<String> TASK_WORK = names("CompleteTaskCmd", "SubmitTaskFormCmd", "HandleTaskBpmnErrorCmd",
			"HandleTaskEscalationCmd", "AddCommentCmd", "CreateAttachmentCmd");

	static final Set<String> PRIVILEGED = names(
			// start somewhere else than the start event, and moving running records
			"StartProcessInstanceAtActivitiesCmd", "ModifyProcessInstanceCmd", "ModifyProcessInstanceAsyncCmd",
			"ProcessInstanceModificationBatchCmd", "ProcessInstanceModificationCmd", "MigrateProcessInstanceCmd",
			"MigrateProcessInstanceBatchCmd", "CreateMigrationPlanCmd", "RestartProcessInstancesCmd",
			"RestartProcessInstancesBatchCmd", "ActivityAfterInstantiationCmd", "ActivityBeforeInstantiationCmd",
			"ActivityCancellationCmd", "ActivityInstanceCancellationCmd", "TransitionInstanceCancellationCmd",
			"TransitionInstantiationCmd",
			// cancellation and suspension
			"DeleteProcessInstanceCmd", "DeleteProcessInstancesCmd", "DeleteProcessInstanceBatchCmd",
			"SuspendProcessInstanceCmd", "ActivateProcessInstanceCmd", "UpdateProcessInstancesSuspendStateCmd",
			"UpdateProcessInstancesSuspendStateBatchCmd", "SuspendProcessDefinitionCmd", "ActivateProcessDefinitionCmd",
			"SuspendJobDefinitionCmd", "ActivateJobDefinitionCmd", "SuspendJobCmd", "ActivateJobCmd", "SuspendBatchCmd",
			"ActivateBatchCmd",
			// jobs and incidents: running a timer early or retrying moves the record in
			// time
			"SetJobRetriesCmd", "SetJobsRetriesCmd", "SetJobsRetriesBatchCmd", "SetJobsRetriesByProcessBatchCmd",
			"ExecuteJobsCmd", "SetJobDuedateCmd", "RecalculateJobDuedateCmd", "SetJobPriorityCmd",
			"SetJobDefinitionPriorityCmd", "UnlockJobCmd", "ResolveIncidentCmd", "SetAnnotationForIncidentCmd",
			"CreateIncidentCmd",
			// events from outside the diagram
			"CorrelateMessageCmd", "CorrelateAllMessageCmd", "CorrelateAllMessageBatchCmd", "MessageEventReceivedCmd",
			"SignalEventReceivedCmd", "SignalCmd", "EvaluateStartConditionCmd",
			// the record's data outside a form
			"SetExecutionVariablesCmd", "PatchExecutionVariablesCmd", "RemoveExecutionVariablesCmd",
			"SetVariablesToProcessInstancesBatchCmd", "SetTaskVariablesCmd", "PatchTaskVariablesCmd",
			"RemoveTaskVariablesCmd",
			// who works a step and when
			"DelegateTaskCmd", "ResolveTaskCmd", "SetTaskOwnerCmd", "SetTaskNameCmd", "SetTaskDescriptionCmd",
			"SetTaskDueDateCmd", "SetTaskFollowUpDateCmd", "SetTaskPriorityCmd", "AddGroupIdentityLinkCmd",
			"AddUserIdentityLinkCmd", "DeleteGroupIdentityLinkCmd", "DeleteUserIdentityLinkCmd");

	static final Set<String> FILTER_ADMIN = names("CreateFilterCmd", "SaveFilterCmd", "DeleteFilterCmd");

	private static final String CHANGE_CONTROL = "models reach the engine only through change control (CHK-24)";

	private static final String RETENTION = "engine history is the audit trail; it leaves only through retention-checked "
			+ "history cleanup (P11-10c, CHK-19)";

	private static final String IDENTITY = "users, groups and authorizations are managed by GxP Bridge's own account and "
			+ "role administration (P11-10g), never through the engine";

	/** Operation name → why people may not do it. */
	static final Map<String, String> SYSTEM_ONLY = Stream.of(
			Stream
				.of("DeployCmd", "RegisterDeploymentCmd", "UnregisterDeploymentCmd", "RegisterProcessApplicationCmd",
						"UnregisterProcessApplicationCmd", "DeleteDeploymentCmd", "DeleteProcessDefinitionsByIdsCmd",
						"DeleteProcessDefinitionsByKeyCmd", "AddIdentityLinkForProcessDefinitionCmd",
						"DeleteIdentityLinkForProcessDefinitionCmd", "SetProcessDefinitionVersionCmd")
				.map(n -> Map.entry(n, CHANGE_CONTROL)),
			Stream
				.of("UpdateProcessDefinitionHistoryTimeToLiveCmd", "UpdateDecisionDefinitionHistoryTimeToLiveCmd",
						"UpdateCaseDefinitionHistoryTimeToLiveCmd", "DeleteHistoricBatchCmd",
						"DeleteHistoricCaseInstanceCmd", "DeleteHistoricCaseInstancesBulkCmd",
						"DeleteHistoricDecisionInstanceByDefinitionIdCmd",
						"DeleteHistoricDecisionInstanceByInstanceIdCmd", "DeleteHistoricDecisionInstancesBatchCmd",
						"DeleteHistoricDecisionInstancesBulkCmd", "DeleteHistoricProcessInstancesBatchCmd",
						"DeleteHistoricProcessInstancesCmd", "DeleteHistoricTaskInstanceCmd",
						"DeleteHistoricVariableInstanceCmd", "DeleteHistoricVariableInstancesByProcessInstanceIdCmd",
						"DeleteUserOperationLogEntryCmd", "SetRemovalTimeToHistoricBatchesCmd",
						"SetRemovalTimeToHistoricDecisionInstancesCmd", "SetRemovalTimeToHistoricProcessInstancesCmd",
						"SetAnnotationForOperationLog", "DeleteBatchCmd", "HistoryCleanupCmd",
						"HistoryCleanupSchedulerCmd", "DeleteProcessInstanceCommentCmd", "DeleteTaskCommentCmd",
						"UpdateCommentCmd", "DeleteAttachmentCmd", "SaveAttachmentCmd", "DeleteJobCmd", "DeleteJobsCmd",
						"DeleteMetricsCmd", "DeleteTaskMetricsCmd", "PurgeDatabaseAndCacheCmd")
				.map(n -> Map.entry(n, RETENTION)),
			Stream
				.of("CreateUserCmd", "SaveUserCmd", "DeleteUserCmd", "CreateGroupCmd", "SaveGroupCmd", "DeleteGroupCmd",
						"CreateMembershipCmd", "DeleteMembershipCmd", "CreateTenantCmd", "SaveTenantCmd",
						"DeleteTenantCmd", "CreateTenantGroupMembershipCmd", "CreateTenantUserMembershipCmd",
						"DeleteTenantGroupMembershipCmd", "DeleteTenantUserMembershipCmd", "SetUserInfoCmd",
						"DeleteUserInfoCmd", "SetUserPictureCmd", "DeleteUserPictureCmd", "UnlockUserCmd",
						"SaveAuthorizationCmd", "DeleteAuthorizationCmd", "CreateAuthorizationCommand",
						// a password oracle for anyone signed in; passwords are checked
						// at login and at each signature only
						"CheckPassword")
				.map(n -> Map.entry(n, IDENTITY)),
			Stream.of("CreateTaskCmd", "SaveTaskCmd", "DeleteTaskCmd")
				.map(n -> Map.entry(n,
						"every task belongs to a validated process; free-standing tasks would be work outside it")),
			Stream
				.of("FetchExternalTasksCmd", "LockExternalTaskCmd", "CompleteExternalTaskCmd",
						"HandleExternalTaskBpmnErrorCmd", "HandleExternalTaskFailureCmd", "ExtendLockOnExternalTaskCmd",
						"UnlockExternalTaskCmd", "SetExternalTaskRetriesCmd", "SetExternalTasksRetriesCmd",
						"SetExternalTasksRetriesBatchCmd", "SetExternalTaskPriorityCmd")
				.map(n -> Map.entry(n,
						"no GxP process has external tasks; integration clients are registered separately")),
			Stream
				.of("CreateCaseInstanceCmd", "CloseCaseInstanceCmd", "CompleteCaseExecutionCmd",
						"DisableCaseExecutionCmd", "ReenableCaseExecutionCmd", "ManualStartCaseExecutionCmd",
						"TerminateCaseExecutionCmd", "StateTransitionCaseExecutionCmd", "CaseExecutionVariableCmd")
				.map(n -> Map.entry(n, "GxP Bridge runs no CMMN cases")),
			Stream
				.of("TelemetryConfigureCmd", "SetLicenseKeyCmd", "DeleteLicenseKeyCmd", "LicenseCmd", "SetPropertyCmd",
						"DeletePropertyCmd", "ReportDbMetricsCmd", "BootstrapEngineCommand", "HistoryLevelSetupCommand",
						"SchemaOperationProcessEngineClose", "SchemaOperationsProcessEngineBuild")
				.map(n -> Map.entry(n,
						"engine configuration is part of the validated installation and changes only with a release")),
			Stream.of("DefaultJobRetryCmd", "FailedJobListener", "SuccessfulJobListener")
				.map(n -> Map.entry(n, "the job executor's own bookkeeping")))
		.flatMap(s -> s)
		.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

	private EngineCommands() {
	}

	static Rule ruleFor(Command<?> command) {
		return ruleFor(command.getClass());
	}

	static Rule ruleFor(Class<?> type) {
		String name = type.getName();
		String simple = type.getSimpleName();
		if (AbstractQuery.class.isAssignableFrom(type) || type.isSynthetic() || type.isAnonymousClass()
				|| type.isLocalClass() || name.contains("$$Lambda") || name.contains("$Lambda")) {
			return Rule.READ; // queries; lambdas and anonymous commands come from code
								// inside the server
		}
		if (!name.startsWith(ENGINE_IMPL)) {
			// the webapps' own commands are Cockpit/Tasklist queries; their writes go
			// through engine services (classified here)
			return name.startsWith("org.camunda.bpm.") ? Rule.READ : Rule.ENGINE;
		}
		if (ENGINE_WORK.contains(simple)) {
			return Rule.ENGINE;
		}
		if (TASK_WORK.contains(simple)) {
			return Rule.TASK_WORK;
		}
		if (PRIVILEGED.contains(simple)) {
			return Rule.PRIVILEGED;
		}
		if (FILTER_ADMIN.contains(simple)) {
			return Rule.FILTER_ADMIN;
		}
		if (SYSTEM_ONLY.containsKey(simple)) {
			return Rule.SYSTEM_ONLY;
		}
		if (isRead(simple, name)) {
			return Rule.READ;
		}
		return Rule.UNKNOWN;
	}

	private static boolean isRead(String simple, String name) {
		return simple.startsWith("Get") || simple.startsWith("Find") || simple.startsWith("Is")
				|| simple.startsWith("Optimize") || simple.startsWith("ExecuteFilter") || simple.startsWith("Determine")
				|| (simple.startsWith("Create") && simple.endsWith("QueryCmd")) || simple.endsWith("QueryImpl")
				|| simple.endsWith("ReportImpl") || simple.endsWith("ReportResultQueryImpl")
				|| Set.of("AuthorizationCheckCmd", "AcquireJobsCmd", "GetNextIdBlockCmd").contains(simple)
				|| (!name.startsWith(CMD) && simple.startsWith("Get"));
	}

	static String systemOnlyReason(Command<?> command) {
		return SYSTEM_ONLY.getOrDefault(command.getClass().getSimpleName(), "not open to people");
	}

	/**
	 * A readable name of the operation: "ModifyProcessInstanceCmd" → "modify process
	 * instance".
	 */
	static String describe(Command<?> command) {
		String simple = command.getClass().getSimpleName().replaceFirst("Cmd$", "");
		return simple.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}

	private static Set<String> names(String... names) {
		return Set.of(names);
	}

}
