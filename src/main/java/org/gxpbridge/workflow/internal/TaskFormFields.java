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
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
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

    /** The input field keys of the step's (user task's or start event's) form; empty when it has no Camunda Form. */
    Optional<Set<String>> declaredBy(String processDefinitionId, String elementId) {
        return cache.computeIfAbsent(processDefinitionId + "#" + elementId, k -> load(processDefinitionId, elementId));
    }

    /** The input field keys of the form of the process's start event; empty when it has none. */
    Optional<Set<String>> declaredByStart(String processDefinitionId) {
        return cache.computeIfAbsent(processDefinitionId + "#start", k -> repository.getBpmnModelInstance(processDefinitionId)
                .getModelElementsByType(StartEvent.class).stream()
                .filter(e -> e.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process && e.getCamundaFormRef() != null)
                .findFirst().flatMap(e -> load(processDefinitionId, e.getId())));
    }

    private Optional<Set<String>> load(String processDefinitionId, String elementId) {
        ModelElementInstance element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(elementId);
        String formRef = element instanceof UserTask task ? task.getCamundaFormRef()
                : element instanceof StartEvent start ? start.getCamundaFormRef() : null;
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
