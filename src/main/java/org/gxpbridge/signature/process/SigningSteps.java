package org.gxpbridge.signature.process;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.gxpbridge.workflow.DocumentApprovalModel;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.workflow.Workflow;
import org.springframework.stereotype.Component;

/** The engine as the signing service sees it: the task to sign, the policy decision, and the completion behind the gate. */
@Component
public class SigningSteps {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final HistoryService history;
    private final DecisionService decisions;
    private final Workflow workflow;
    private final Documents documents;

    SigningSteps(TaskService tasks, RuntimeService runtime, RepositoryService repository, HistoryService history,
                 DecisionService decisions, Workflow workflow, Documents documents) {
        this.documents = documents;
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.history = history;
        this.decisions = decisions;
        this.workflow = workflow;
    }

    public Optional<SigningTask> open(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getProcessInstanceId() == null) {
            return Optional.empty();
        }
        var definition = repository.getProcessDefinition(task.getProcessDefinitionId());
        var instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        Set<String> users = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        tasks.getIdentityLinksForTask(taskId).stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).forEach(l -> {
            if (l.getUserId() != null) {
                users.add(l.getUserId());
            }
            if (l.getGroupId() != null) {
                groups.add(l.getGroupId());
            }
        });
        Object author = runtime.getVariable(task.getProcessInstanceId(), DocumentApprovalModel.VAR_AUTHOR);
        return Optional.of(new SigningTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getProcessInstanceId(),
                instance == null ? null : instance.getBusinessKey(), definition.getId(), definition.getKey(), definition.getVersion(),
                meanings(definition.getId(), task.getTaskDefinitionKey()), task.getAssignee(), users, groups,
                author == null ? null : author.toString()));
    }

    /** True when the task existed and has ended (completed or cancelled). */
    public boolean ended(String taskId) {
        var past = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        return past != null && past.getEndTime() != null;
    }

    /** Evaluates SignaturePolicyDecision for a meaning; empty when the policy does not know it. */
    public Optional<SignaturePolicy> policy(String meaning) {
        var result = decisions.evaluateDecisionTableByKey(SignaturePolicy.DECISION_KEY)
                .variables(Variables.createVariables().putValue("meaning", meaning)).evaluate();
        if (result.isEmpty()) {
            return Optional.empty();
        }
        var entries = result.getSingleResult();
        String roles = entries.getEntry("requiredRoles");
        Boolean excluded = entries.getEntry("authorExcluded");
        return Optional.of(new SignaturePolicy(meaning, Arrays.stream(roles.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new)), Boolean.TRUE.equals(excluded)));
    }

    /** SHA-256 of every file attached to the process instance as a file variable, by variable name. */
    public Map<String, Object> documentHashes(String processInstanceId) {
        Map<String, Object> hashes = new TreeMap<>();
        var variables = runtime.getVariablesTyped(processInstanceId, false);
        variables.keySet().forEach(name -> {
            if (variables.getValueTyped(name) instanceof FileValue file) {
                hashes.put(name, Map.of("fileName", String.valueOf(file.getFilename()), "sha256", sha256(file.getValue())));
            }
        });
        // evidence attached through the documents module: its hash was verified against the stored bytes when read
        documents.evidenceOf(processInstanceId).forEach(e -> hashes.put("evidence:" + e.documentId(),
                Map.of("fileName", String.valueOf(e.fileName()), "sha256", e.sha256())));
        return hashes;
    }

    /**
     * Completes the task as the signer, through the gate, in the caller's transaction. When the engine cannot complete
     * it (e.g. the submitted variables lead nowhere in the diagram) the caller's transaction, signature included, rolls back.
     */
    public void complete(String taskId, String signatureId, String userId, Map<String, Object> variables) {
        try {
            workflow.runAs(userId, () -> SignatureGate.completingSigned(taskId, signatureId, () -> {
                tasks.complete(taskId, variables);
                return null;
            }));
        } catch (AuthorizationException refused) {
            throw new CompletionRefused(403, refused.getMessage());
        } catch (ProcessEngineException failed) {
            throw new CompletionRefused(422, "The task cannot be completed with these variables, so nothing was signed: " + failed.getMessage());
        }
    }

    /** The engine refused to complete a signed task; the signature is rolled back with it. */
    public static class CompletionRefused extends org.gxpbridge.shared.ProblemException {
        CompletionRefused(int status, String message) {
            super(status, status == 403 ? "signature_not_permitted" : "completion_failed", message);
        }
    }

    /** Today's process-level values of the named variables (absent when deleted), from the engine history. */
    public Map<String, Object> currentValues(String processInstanceId, Collection<String> names) {
        Map<String, Object> values = new HashMap<>();
        if (names.isEmpty()) {
            return values;
        }
        List<HistoricVariableInstance> found = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableNameIn(names.toArray(String[]::new)).disableCustomObjectDeserialization().list();
        found.stream().filter(v -> processInstanceId.equals(v.getExecutionId()) && !"DELETED".equals(v.getState()))
                .forEach(v -> values.put(v.getName(), v.getValue()));
        return values;
    }

    /** The meanings a signature on this step may record (camunda:property signature.meaning); empty for other steps. */
    public List<String> meanings(String processDefinitionId, String taskDefinitionKey) {
        UserTask task = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(taskDefinitionKey);
        if (task == null || task.getExtensionElements() == null) {
            return List.of();
        }
        return task.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .filter(p -> SignatureGate.MEANING_PROPERTY.equals(p.getCamundaName()) && p.getCamundaValue() != null)
                .flatMap(p -> Arrays.stream(p.getCamundaValue().split(","))).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String sha256(InputStream in) {
        try (DigestInputStream digest = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"))) {
            digest.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.getMessageDigest().digest());
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash an attached document", e);
        }
    }
}
