package org.gxpbridge.inbox.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/** Which user tasks are signing steps: those whose model carries the camunda:property {@code signature.meaning}. */
@Component
public class SigningSteps {

    public static final String MEANING_PROPERTY = "signature.meaning";

    private final RepositoryService repository;
    private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

    SigningSteps(RepositoryService repository) {
        this.repository = repository;
    }

    /** The meaning a signature on this step records, or null when completing it is not a signature. */
    public String meaning(String processDefinitionId, String taskDefinitionKey) {
        if (processDefinitionId == null || taskDefinitionKey == null) {
            return null;
        }
        return cache.computeIfAbsent(processDefinitionId + "#" + taskDefinitionKey, k -> {
            BaseElement element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(taskDefinitionKey);
            if (element == null || element.getExtensionElements() == null) {
                return Optional.empty();
            }
            return element.getExtensionElements().getElementsQuery().filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class)
                    .list().stream().flatMap(p -> p.getCamundaProperties().stream())
                    .filter(p -> MEANING_PROPERTY.equals(p.getCamundaName())).map(CamundaProperty::getCamundaValue).findFirst();
        }).orElse(null);
    }
}
