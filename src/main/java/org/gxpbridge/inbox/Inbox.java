package org.gxpbridge.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.gxpbridge.documents.DocumentContent;
import org.gxpbridge.documents.DocumentInfo;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.documents.Evidence;
import org.gxpbridge.documents.NewDocument;
import org.gxpbridge.inbox.internal.FormCheck;
import org.gxpbridge.inbox.internal.FormSchemas;
import org.gxpbridge.inbox.internal.InstanceHistory;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.Role;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.DatabaseOutage;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.NotPermittedException;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.SignatureView;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.workflow.ProcessStarted;
import org.gxpbridge.workflow.StartableProcess;
import org.gxpbridge.workflow.UnknownProcessException;
import org.gxpbridge.workflow.Workflow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The reviewer's and approver's view of their work. Every change runs as the user through
 * the engine, so the engine's candidate guard and the signature gate apply here exactly
 * as on engine REST.
 */
@Service
public class Inbox {

	/** What a group id derived from a role looks like (Role.groupIds). */
	private static final Pattern GROUP_ID = Pattern.compile("[A-Za-z0-9_]+");

	private static final JsonNode NO_FORM = JsonNodeFactory.instance.objectNode()
		.set("components", JsonNodeFactory.instance.arrayNode());

	private final TaskService tasks;

	private final FormService formService;

	private final RepositoryService repository;

	private final Accounts accounts;

	private final Workflow workflow;

	private final FormSchemas forms;

	private final InstanceHistory history;

	private final Signatures signatures;

	private final Clock clock;

	private final Documents documents;

	private final int countCap;

	/**
	 * A file submitted with a form (start form file picker, or attached on a task page).
	 */
	public record Upload(String field, String fileName, byte[] content) {
	}

	Inbox(TaskService tasks, FormService formService, RepositoryService repository, Accounts accounts,
			Workflow workflow, FormSchemas forms, InstanceHistory history, Signatures signatures, Clock clock,
			Documents documents, @Value("${gxp.inbox.count-cap:1000}") int countCap) {
		this.documents = documents;
		this.countCap = countCap;
		this.signatures = signatures;
		this.formService = formService;
		this.tasks = tasks;
		this.repository = repository;
		this.accounts = accounts;
		this.workflow = workflow;
		this.forms = forms;
		this.history = history;
		this.clock = clock;
	}

	/** The processes the user may start. */
	public List<StartableProcess> startable(String userId) {
		return workflow.startableBy(userId);
	}

	/**
	 * The start form of a process's latest version, as the process was deployed with it.
	 */
	public List<FormField> startForm(String processKey) {
		return FormSchemas.parse(startSchema(processKey).path("components"));
	}

	/**
	 * The start form of a process's latest version as a form-js schema (no components
	 * when the start event has no Camunda Form).
	 */
	public JsonNode startSchema(String processKey) {
		ProcessDefinition definition = latest(processKey);
		var ref = formService.getStartFormData(definition.getId()).getCamundaFormRef();
		return forms.schema(definition.getDeploymentId(), ref == null ? null : ref.getKey()).orElse(NO_FORM);
	}

	/** The name a person knows a process by (its key when the model has no name). */
	public String processName(String processKey) {
		ProcessDefinition definition = latest(processKey);
		return definition.getName() == null ? processKey : definition.getName();
	}

	/**
	 * Starts a process from its start form as the user; invalid values come back per
	 * field.
	 */
	public ProcessStarted start(String processKey, String businessKey, String userId, Map<String, ?> submitted) {
		return start(processKey, businessKey, userId, submitted, List.of());
	}

	/**
	 * Starts a process with the files of its start form's file pickers: each is uploaded
	 * through the documents module first (a refused file starts nothing), then attached
	 * to the new instance as evidence, so its SHA-256 is in every signature of the
	 * instance.
	 */
	public ProcessStarted start(String processKey, String businessKey, String userId, Map<String, ?> submitted,
			List<Upload> files) {
		FormCheck.Result result = checked(startSchema(processKey), submitted, Map.of());
		List<DocumentInfo> uploaded = files.stream()
			.filter(f -> f.content() != null && f.content().length > 0)
			.map(f -> documents.upload(new NewDocument(f.fileName(), f.content(), null, null, null), userId))
			.toList();
		String key = businessKey == null || businessKey.isBlank()
				? FormSchemas.businessKeyField(startSchema(processKey))
					.map(field -> text(result.values().get(field)))
					.orElse(null)
				: businessKey.trim();
		ProcessStarted started = workflow.start(processKey, key, result.variables(), userId);
		uploaded.forEach(d -> documents.attach(d.id(), started.processInstanceId(), null, userId));
		return started;
	}

	/**
	 * Attaches a file to the instance of a task the user is working on (e.g. the revised
	 * version of a document).
	 */
	public Evidence attach(String taskId, String userId, Upload file) {
		Task task = find(taskId);
		if (!Accounts.normalize(userId).equals(task.getAssignee())) {
			throw new NotPermittedException("not_your_task", "Claim the task before attaching a document to it");
		}
		DocumentInfo stored = documents.upload(new NewDocument(file.fileName(), file.content(), null, null, null),
				userId);
		return documents.attach(stored.id(), task.getProcessInstanceId(), taskId, userId);
	}

	/**
	 * A document attached to the task's instance, for someone who may see the task; any
	 * other document is not found here.
	 */
	public DocumentContent document(String taskId, String documentId, String userId) {
		Task task = find(taskId);
		requireVisible(taskId, userId);
		boolean attached = documents.evidenceOf(task.getProcessInstanceId())
			.stream()
			.anyMatch(e -> e.documentId().equals(documentId));
		if (!attached) {
			throw new NotFoundException("document_not_attached",
					"Document " + documentId + " is not attached to this task's record");
		}
		return documents.content(documentId, Accounts.normalize(userId));
	}

	private void requireVisible(String taskId, String userId) {
		if (visibleTo(Accounts.normalize(userId)).taskId(taskId).count() == 0) {
			throw new NotPermittedException("not_your_task",
					"This task is neither assigned to you nor offered to your groups");
		}
	}

	private ProcessDefinition latest(String processKey) {
		ProcessDefinition definition = repository.createProcessDefinitionQuery()
			.processDefinitionKey(processKey)
			.latestVersion()
			.singleResult();
		if (definition == null) {
			throw new UnknownProcessException(processKey);
		}
		return definition;
	}

	/**
	 * Tasks assigned to the user and unassigned tasks offered to the user or their
	 * groups, most urgent first.
	 */
	public List<InboxTask> tasksFor(String userId, InboxFilter filter, int max) {
		TaskQuery query = visibleTo(userId);
		if (filter.processKey() != null && !filter.processKey().isBlank()) {
			query.processDefinitionKey(filter.processKey());
		}
		if (filter.businessKey() != null && !filter.businessKey().isBlank()) {
			query.processInstanceBusinessKeyLike("%" + filter.businessKey().trim() + "%");
		}
		if (filter.dueBefore() != null) {
			query.dueBefore(Date.from(filter.dueBefore()));
		}
		if (filter.minPriority() != null) {
			query.taskMinPriority(filter.minPriority());
		}
		List<Task> found = query.orderByDueDate()
			.asc()
			.orderByTaskCreateTime()
			.asc()
			.listPage(0, Math.max(1, Math.min(max, 500)));
		Map<String, String> businessKeys = history.businessKeys(
				found.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).collect(Collectors.toSet()));
		// a page lists up to 500 tasks of a handful of steps: each definition and each
		// step's signing meaning is looked up once per list, not once per line (each
		// lookup is an engine command with its own transaction)
		Map<String, Optional<ProcessDefinition>> definitions = new HashMap<>();
		Map<String, String> meanings = new HashMap<>();
		return found.stream().map(t -> {
			ProcessDefinition definition = t.getProcessDefinitionId() == null ? null
					: definitions
						.computeIfAbsent(t.getProcessDefinitionId(),
								id -> Optional.ofNullable(repository.getProcessDefinition(id)))
						.orElse(null);
			String meaning = meanings.computeIfAbsent(t.getProcessDefinitionId() + "\n" + t.getTaskDefinitionKey(),
					k -> Objects.requireNonNullElse(signingMeaning(t), ""));
			return view(t, definition, businessKeys.get(t.getProcessInstanceId()), meaning.isEmpty() ? null : meaning);
		}).toList();
	}

	/**
	 * The counts above the inbox; the group and overdue counts stop at the configured cap
	 * ({@link InboxCounts}).
	 */
	public InboxCounts counts(String userId) {
		return counts(userId, countCap);
	}

	/**
	 * The same counts as the engine's task queries would give (assigned to the person;
	 * unassigned with a candidate link to one of their groups; their own and their
	 * offered tasks past the due date), except that the group and overdue counts stop
	 * after {@code cap} + 1 tasks: native queries with the limit inside, so a backlog of
	 * 100,000 tasks is not joined and de-duplicated on every request.
	 * <p>
	 * How they are written matters on PostgreSQL (docs/performance.md, "Inbox latency"):
	 * the group ids, which come from the role enum and never from a request, are part of
	 * the statement, so each set of groups is planned with its own statistics (a small
	 * group's few links are read first, a large group's tasks are walked until the cap);
	 * the overdue count checks each unassigned overdue task's links with a scalar
	 * subquery, which PostgreSQL cannot turn into a hash join over every candidate link
	 * even with the generic plan a prepared statement gets after a few executions.
	 */
	InboxCounts counts(String userId, int cap) {
		String id = Accounts.normalize(userId);
		String groups = groupList(groupsOf(id));
		long mine = tasks.createTaskQuery().taskAssignee(id).count();
		long offered = cappedCount("select RES.ID_ from ACT_RU_TASK RES where RES.ASSIGNEE_ is null and exists "
				+ "(select 1 from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate' "
				+ "and I.GROUP_ID_ in (" + groups + "))", cap, id);
		long overdue = cappedCount("select RES.ID_ from ACT_RU_TASK RES where RES.ASSIGNEE_ = #{user} "
				+ "and RES.DUE_DATE_ < #{now} union all select RES.ID_ from ACT_RU_TASK RES where RES.ASSIGNEE_ is null "
				+ "and RES.DUE_DATE_ < #{now} and (select 1 from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_ "
				+ "and I.TYPE_ = 'candidate' and (I.USER_ID_ = #{user} or I.GROUP_ID_ in (" + groups + ")) "
				+ "fetch first 1 rows only) = 1", cap, id);
		return new InboxCounts(mine, Math.min(offered, cap), Math.min(overdue, cap), offered > cap, overdue > cap);
	}

	/**
	 * At most {@code cap} + 1: the rows of {@code select}, counted up to one beyond the
	 * cap.
	 */
	private long cappedCount(String select, int cap, String userId) {
		return tasks.createNativeTaskQuery()
			.sql("select count(*) from (" + select + " fetch first " + (Math.max(0, cap) + 1L) + " rows only) C")
			.parameter("user", userId)
			.parameter("now", Date.from(clock.instant()))
			.count();
	}

	/**
	 * The engine group ids as SQL literals; they are role names, checked to be nothing
	 * else.
	 */
	private static String groupList(List<String> groups) {
		StringBuilder in = new StringBuilder();
		for (String group : groups) {
			if (!GROUP_ID.matcher(group).matches()) {
				throw new IllegalStateException("not an engine group id: " + group);
			}
			in.append(in.isEmpty() ? "" : ", ").append('\'').append(group).append('\'');
		}
		return in.toString();
	}

	public TaskPage page(String taskId, String userId) {
		Task task = find(taskId);
		InboxTask view = view(task);
		String id = Accounts.normalize(userId);
		requireVisible(taskId, userId);
		Map<String, Object> variables = tasks.getVariables(taskId);
		JsonNode schema = schemaOf(task);
		Map<String, Object> data = FormSchemas.formData(schema, variables);
		List<FormField> fields = FormSchemas.parse(schema.path("components"))
			.stream()
			.map(f -> f.key() == null ? f
					: f.withValueAndError(
							variables.get(f.key()) == null ? null : String.valueOf(variables.get(f.key())), null))
			.toList();
		boolean claimable = task.getAssignee() == null;
		boolean completable = id.equals(task.getAssignee());
		return new TaskPage(view, task.getDescription(), fields, history.of(task.getProcessInstanceId()),
				signatures.forProcessInstance(task.getProcessInstanceId()), claimable, completable,
				task.getProcessInstanceId() == null ? List.of() : documents.evidenceOf(task.getProcessInstanceId()),
				schema, data, Map.of());
	}

	/** The name of a step of a process instance (for the signatures a page lists). */
	public String stepName(String processInstanceId, String taskDefinitionKey) {
		return processInstanceId == null || taskDefinitionKey == null ? taskDefinitionKey
				: history.stepName(processInstanceId, taskDefinitionKey);
	}

	public void claim(String taskId, String userId) {
		asUser(userId, () -> tasks.claim(taskId, Accounts.normalize(userId)));
	}

	public void unclaim(String taskId, String userId) {
		Task task = find(taskId);
		if (!Accounts.normalize(userId).equals(task.getAssignee())) {
			throw new ConflictException("not_assignee", "Only the assignee can hand a task back");
		}
		asUser(userId, () -> tasks.setAssignee(taskId, null));
	}

	/**
	 * Completes a step that is not a signing step; signing steps complete only through
	 * the signature service.
	 */
	public void complete(String taskId, String userId, Map<String, ?> submitted) {
		Task task = find(taskId);
		if (view(task).signingMeaning() != null) {
			throw new ConflictException("signature_required", "This step is completed by an electronic signature");
		}
		FormCheck.Result result = checked(schemaOf(task), submitted, tasks.getVariables(taskId));
		asUser(userId, () -> tasks.complete(taskId, result.variables()));
	}

	/**
	 * Signs and completes a signing step with the submitted form values: the form is
	 * validated first (field errors come back without touching the signature), then the
	 * signature service re-checks the password and completes the task in one transaction
	 * (21 CFR 11.200, 11.70).
	 */
	public SignatureView sign(String taskId, String userId, String password, String meaning, String comment,
			Map<String, ?> submitted, String clientAddress) {
		Task task = find(taskId);
		FormCheck.Result result = checked(schemaOf(task), submitted, tasks.getVariables(taskId));
		return signatures
			.sign(new SignRequest(taskId, userId, password, meaning, result.variables(), comment, clientAddress));
	}

	/**
	 * The submission checked against the deployed form; refused with the values and the
	 * errors per field.
	 */
	private static FormCheck.Result checked(JsonNode schema, Map<String, ?> submitted, Map<String, Object> record) {
		FormCheck.Result result = FormCheck.check(schema, submitted, record);
		if (!result.valid()) {
			List<FormField> fields = FormSchemas.parse(schema.path("components"))
				.stream()
				.map(f -> f.key() == null ? f
						: f.withValueAndError(text(submitted.get(f.key())), firstError(f, result)))
				.toList();
			throw new FormInvalidException(fields, submitted, result.errors());
		}
		return result;
	}

	private static String firstError(FormField field, FormCheck.Result result) {
		return result.errors().get(field.id()) instanceof List<?> messages && !messages.isEmpty()
				? String.valueOf(messages.get(0)) : null;
	}

	private static String text(Object value) {
		return value == null ? null : String.valueOf(value);
	}

	private JsonNode schemaOf(Task task) {
		return task.getProcessDefinitionId() == null ? NO_FORM
				: forms.schema(deploymentOf(task), formRef(task)).orElse(NO_FORM);
	}

	private void asUser(String userId, Runnable work) {
		try {
			workflow.runAs(userId, () -> {
				work.run();
				return null;
			});
		}
		catch (ProcessEngineException e) {
			if (DatabaseOutage.isOutage(e)) {
				throw e; // not a refusal of the task: 503, tried again later
			}
			for (Throwable t = e; t != null; t = t.getCause()) {
				if (t instanceof AuthorizationException refusal) {
					throw new NotPermittedException("not_allowed", refusal.getMessage());
				}
			}
			throw new ConflictException("task_refused", e.getMessage());
		}
	}

	private TaskQuery visibleTo(String userId) {
		String id = Accounts.normalize(userId);
		return tasks.createTaskQuery()
			.or()
			.taskAssignee(id)
			.taskCandidateUser(id)
			.taskCandidateGroupIn(groupsOf(id))
			.endOr();
	}

	private List<String> groupsOf(String userId) {
		List<String> groups = accounts.find(userId).map(a -> Role.groupIds(a.roles())).orElse(List.of());
		return groups.isEmpty() ? List.of("__none__") : groups;
	}

	private Task find(String taskId) {
		Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
		if (task == null) {
			throw history.ended(taskId)
				.<NotFoundException>map(
						ended -> new TaskClosedException(taskId, ended.name(), ended.completedBy(), ended.endedAt()))
				.orElseGet(() -> new NotFoundException("task_not_found",
						"No open task with id '" + taskId + "'; it may be completed already"));
		}
		return task;
	}

	private InboxTask view(Task task) {
		return view(task,
				task.getProcessInstanceId() == null ? null : history.businessKey(task.getProcessInstanceId()));
	}

	private InboxTask view(Task task, String businessKey) {
		ProcessDefinition definition = task.getProcessDefinitionId() == null ? null
				: repository.getProcessDefinition(task.getProcessDefinitionId());
		return view(task, definition, businessKey, signingMeaning(task));
	}

	private static InboxTask view(Task task, ProcessDefinition definition, String businessKey, String signingMeaning) {
		return new InboxTask(task.getId(), task.getName(), definition == null ? null : definition.getKey(),
				definition == null ? null : definition.getName(), task.getProcessInstanceId(), businessKey,
				task.getAssignee(), instant(task.getCreateTime()), instant(task.getDueDate()), task.getPriority(),
				signingMeaning);
	}

	private String signingMeaning(Task task) {
		if (task.getProcessDefinitionId() == null) {
			return null;
		}
		List<String> meanings = signatures.meaningsOf(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
		return meanings.isEmpty() ? null : String.join(",", meanings);
	}

	private String deploymentOf(Task task) {
		return repository.getProcessDefinition(task.getProcessDefinitionId()).getDeploymentId();
	}

	private static String formRef(Task task) {
		return task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey();
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}

}
