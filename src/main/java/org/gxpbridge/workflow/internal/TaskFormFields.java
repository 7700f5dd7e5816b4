package org.gxpbridge.workflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The fields a user task's form lets a person fill in: the keys of the enabled input components of the Camunda Form
 * (camunda:formRef) deployed with the process. Read-only (disabled) fields show the record; they are not input.
 * Models are immutable per definition, so answers are cached.
 */
@Component
class TaskFormFields {

    private final RepositoryService repository;
    private final ObjectMapper json;
    private final Map<String, Optional<Set<String>>> cache = new ConcurrentHashMap<>();

    TaskFormFields(@Lazy RepositoryService repository, ObjectMapper json) {
        this.repository = repository;
        this.json = json;
    }

    /** The input field keys of the step's form; empty when the step has no Camunda Form. */
    Optional<Set<String>> declaredBy(String processDefinitionId, String taskDefinitionKey) {
        return cache.computeIfAbsent(processDefinitionId + "#" + taskDefinitionKey, k -> load(processDefinitionId, taskDefinitionKey));
    }

    private Optional<Set<String>> load(String processDefinitionId, String taskDefinitionKey) {
        UserTask task = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(taskDefinitionKey);
        String formRef = task == null ? null : task.getCamundaFormRef();
        if (formRef == null) {
            return Optional.empty();
        }
        ProcessDefinition definition = repository.getProcessDefinition(processDefinitionId);
        for (Resource resource : repository.getDeploymentResources(definition.getDeploymentId())) {
            if (!resource.getName().endsWith(".form")) {
                continue;
            }
            try (InputStream in = repository.getResourceAsStream(definition.getDeploymentId(), resource.getName())) {
                JsonNode form = json.readTree(in);
                if (formRef.equals(form.path("id").asText())) {
                    Set<String> keys = new LinkedHashSet<>();
                    collect(form.path("components"), keys);
                    return Optional.of(Set.copyOf(keys));
                }
            } catch (IOException e) {
                throw new IllegalStateException("Form " + resource.getName() + " is unreadable", e);
            }
        }
        return Optional.of(Set.of());
    }

    private static void collect(JsonNode components, Set<String> keys) {
        for (JsonNode c : components) {
            if (c.hasNonNull("key") && !c.path("disabled").asBoolean(false) && !c.path("readonly").asBoolean(false)) {
                keys.add(c.get("key").asText());
            }
            collect(c.path("components"), keys); // groups and dynamic lists nest their fields
        }
    }
}
