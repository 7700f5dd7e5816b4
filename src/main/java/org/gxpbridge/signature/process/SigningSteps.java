package org.gxpbridge.signature.process;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.shared.DatabaseOutage;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.shared.Sha256;
import org.gxpbridge.shared.SignableRecords;
import org.gxpbridge.workflow.TaskModel;
import org.gxpbridge.workflow.Workflow;
import org.springframework.stereotype.Component;

/**
 * The engine as the signing service sees it: the task to sign, the policy decision, and
 * the completion behind the gate.
 */
@Component
public class SigningSteps {

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final RepositoryService repository;

	private final HistoryService history;

	private final DecisionService decisions;

	private final Workflow workflow;

	private final Documents documents;

	private final TaskModel taskModel;

	private final List<SignableRecords> moduleRecords;

	SigningSteps(TaskService tasks, RuntimeService runtime, RepositoryService repository, HistoryService history,
			DecisionService decisions, Workflow workflow, Documents documents, TaskModel taskModel,
			List<SignableRecords> moduleRecords) {
		this.moduleRecords = moduleRecords;
		this.documents = documents;
		this.taskModel = taskModel;
		this.tasks = tasks;
		this.runtime = runtime;
		this.repository = repository;
		this.history = history;
		this.decisions = decisions;
		this.workflow = workflow;
	}

	public Optional<SigningTask> open(String taskId) {
		return taskModel.task(taskId)
			.map(t -> new SigningTask(t.taskId(), t.taskDefinitionKey(), t.taskName(), t.processInstanceId(),
					t.businessKey(), t.processDefinitionId(), t.processDefinitionKey(), t.processDefinitionVersion(),
					t.meanings(), t.assignee(), t.candidateUsers(), t.candidateGroups(),
					taskModel.authors(t.processInstanceId())));
	}

	/**
	 * Whether the user may work the task now (TaskModel: assignee, or eligible candidate
	 * of an unassigned task).
	 */
	public boolean mayWork(String taskId, String userId) {
		return taskModel.mayWork(taskId, userId);
	}

	/**
	 * The keys the step's form lets a person submit; signing accepts no other variable.
	 */
	public Set<String> declaredFields(String taskId) {
		return taskModel.declaredFields(taskId);
	}

	/** True when the task existed and has ended (completed or cancelled). */
	public boolean ended(String taskId) {
		var past = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
		return past != null && past.getEndTime() != null;
	}

	/**
	 * Evaluates SignaturePolicyDecision for a meaning; empty when the policy does not
	 * know it.
	 */
	public Optional<SignaturePolicy> policy(String meaning) {
		var result = decisions.evaluateDecisionTableByKey(SignaturePolicy.DECISION_KEY)
			.variables(Variables.createVariables().putValue("meaning", meaning))
			.evaluate();
		if (result.isEmpty()) {
			return Optional.empty();
		}
		var entries = result.getSingleResult();
		String roles = entries.getEntry("requiredRoles");
		Boolean excluded = entries.getEntry("authorExcluded");
		String excludedMeanings = entries.getEntry("excludedSignerMeanings");
		return Optional
			.of(new SignaturePolicy(meaning, split(roles), Boolean.TRUE.equals(excluded), split(excludedMeanings)));
	}

	private static Set<String> split(String commaSeparated) {
		return commaSeparated == null ? Set.of()
				: Arrays.stream(commaSeparated.split(","))
					.map(String::trim)
					.filter(s -> !s.isEmpty())
					.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/**
	 * The variables that define the record of this process definition (its record.fields
	 * property).
	 */
	public List<String> recordFields(String processDefinitionId) {
		return taskModel.recordFields(processDefinitionId);
	}

	/**
	 * The record as it stands now, from the engine history (so also for ended instances):
	 * the values of the defining fields and the SHA-256 of the attached documents. Signed
	 * at signing time, recomputed at every verification.
	 */
	public Map<String, Object> recordNow(String processInstanceId, Collection<String> fields) {
		return recordNow(processInstanceId, fields, documentHashes(processInstanceId));
	}

	/**
	 * As {@link #recordNow(String, Collection)}, with the documents' hashes already at
	 * hand.
	 */
	public Map<String, Object> recordNow(String processInstanceId, Collection<String> fields,
			Map<String, Object> documentHashes) {
		Map<String, Object> record = new TreeMap<>();
		Map<String, Object> values = currentValues(processInstanceId, fields);
		Map<String, Object> named = new TreeMap<>();
		fields.forEach(f -> named.put(f, values.get(f)));
		record.put("fields", named);
		record.put("documents", documentHashes);
		moduleRecord(processInstanceId).ifPresent(r -> record.put("moduleRecord", r));
		return record;
	}

	/**
	 * The module record (register, assessment, risk register ...) this instance works on,
	 * from the owning module's tables: type, id, version and canonical content. Only
	 * present for processes about such a record, so older signatures keep their shape.
	 */
	public Optional<Map<String, Object>> moduleRecord(String processInstanceId) {
		return moduleRecords.stream()
			.map(m -> m.forProcessInstance(processInstanceId))
			.flatMap(Optional::stream)
			.findFirst()
			.map(r -> {
				Map<String, Object> signed = new TreeMap<>();
				signed.put("type", r.type());
				signed.put("id", r.id());
				signed.put("version", r.version());
				signed.put("content", r.content());
				return signed;
			});
	}

	/**
	 * SHA-256 of every file attached to the process instance as a process-level file
	 * variable, by variable name, read from the engine history so that it is the same for
	 * running and ended instances, plus evidence attached through the documents module.
	 */
	public Map<String, Object> documentHashes(String processInstanceId) {
		Map<String, Object> hashes = new TreeMap<>();
		history.createHistoricVariableInstanceQuery()
			.processInstanceId(processInstanceId)
			.disableCustomObjectDeserialization()
			.list()
			.stream()
			.filter(v -> processInstanceId.equals(v.getExecutionId()) && !"DELETED".equals(v.getState()))
			.forEach(v -> {
				if (v.getTypedValue() instanceof FileValue file && file.getValue() != null) {
					hashes.put(v.getName(),
							Map.of("fileName", String.valueOf(file.getFilename()), "sha256", sha256(file.getValue())));
				}
			});
		// evidence attached through the documents module: its hash was verified against
		// the stored bytes when read
		documents.evidenceOf(processInstanceId)
			.forEach(e -> hashes.put("evidence:" + e.documentId(),
					Map.of("fileName", String.valueOf(e.fileName()), "sha256", e.sha256())));
		return hashes;
	}

	/**
	 * Completes the task as the signer, through the gate, in the caller's transaction.
	 * When the engine cannot complete it (e.g. the submitted variables lead nowhere in
	 * the diagram) the caller's transaction, signature included, rolls back.
	 */
	public void complete(String taskId, String signatureId, String userId, Map<String, Object> variables) {
		try {
			workflow.runAs(userId, () -> SignatureGate.completingSigned(taskId, signatureId, () -> {
				tasks.complete(taskId, variables);
				return null;
			}));
		}
		catch (AuthorizationException refused) {
			throw new CompletionRefused(DomainException.Kind.NOT_PERMITTED, "signature_not_permitted",
					refused.getMessage());
		}
		catch (ProcessEngineException failed) {
			if (DatabaseOutage.isOutage(failed)) {
				// not a refusal: the database went away mid-completion (503, the
				// signature rolls back with the task)
				throw failed;
			}
			// a task listener's refusal (eligibility, training) reaches us wrapped
			for (Throwable t = failed.getCause(); t != null; t = t.getCause()) {
				if (t instanceof AuthorizationException refused) {
					throw new CompletionRefused(DomainException.Kind.NOT_PERMITTED, "signature_not_permitted",
							refused.getMessage());
				}
			}
			throw new CompletionRefused(DomainException.Kind.REFUSED_BY_RULE, "completion_failed",
					"The task cannot be completed with these variables, so nothing was signed: " + failed.getMessage());
		}
	}

	/**
	 * The engine refused to complete a signed task; the signature is rolled back with it.
	 */
	public static class CompletionRefused extends DomainException {

		CompletionRefused(Kind kind, String code, String message) {
			super(kind, code, message);
		}

	}

	/**
	 * Today's process-level values of the named variables (absent when deleted), from the
	 * engine history.
	 */
	public Map<String, Object> currentValues(String processInstanceId, Collection<String> names) {
		Map<String, Object> values = new HashMap<>();
		if (names.isEmpty()) {
			return values;
		}
		List<HistoricVariableInstance> found = history.createHistoricVariableInstanceQuery()
			.processInstanceId(processInstanceId)
			.variableNameIn(names.toArray(String[]::new))
			.disableCustomObjectDeserialization()
			.list();
		found.stream()
			.filter(v -> processInstanceId.equals(v.getExecutionId()) && !"DELETED".equals(v.getState()))
			.forEach(v -> values.put(v.getName(), v.getValue()));
		return values;
	}

	/**
	 * The meanings a signature on this step may record (camunda:property
	 * signature.meaning); empty for other steps.
	 */
	public List<String> meanings(String processDefinitionId, String taskDefinitionKey) {
		return taskModel.meanings(processDefinitionId, taskDefinitionKey);
	}

	private static String sha256(InputStream in) {
		try (in) {
			return Sha256.hex(in);
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot hash an attached document", e);
		}
	}

}
