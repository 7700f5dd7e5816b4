package org.gxpbridge.workflow.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The fields a step's form lets a person fill in, for the command guard, which knows a
 * definition and an element but no task: the element's camunda:formRef, read with
 * {@link DeployedForms} from the deployment the process came with. Read-only (disabled)
 * fields show the record; they are not input. Cached: models are immutable per
 * definition.
 */
@Component
class TaskFormFields {

	private final RepositoryService repository;

	private final DeployedForms forms;

	private final Map<String, Optional<Set<String>>> cache = new ConcurrentHashMap<>();

	TaskFormFields(@Lazy RepositoryService repository, @Lazy DeployedForms forms) {
		this.repository = repository;
		this.forms = forms;
	}

	/**
	 * The input field keys of a user task's or start event's form; empty when it has no
	 * Camunda Form.
	 */
	Optional<Set<String>> declaredBy(String processDefinitionId, String elementId) {
		return cache.computeIfAbsent(processDefinitionId + "#" + elementId, k -> load(processDefinitionId, elementId));
	}

	/**
	 * The input field keys of the form of the process's start event; empty when it has
	 * none.
	 */
	Optional<Set<String>> declaredByStart(String processDefinitionId) {
		return cache.computeIfAbsent(processDefinitionId + "#start",
				k -> repository.getBpmnModelInstance(processDefinitionId)
					.getModelElementsByType(StartEvent.class)
					.stream()
					.filter(e -> e.getParentElement() instanceof Process && e.getCamundaFormRef() != null)
					.findFirst()
					.flatMap(e -> load(processDefinitionId, e.getId())));
	}

	private Optional<Set<String>> load(String processDefinitionId, String elementId) {
		ModelElementInstance element = repository.getBpmnModelInstance(processDefinitionId)
			.getModelElementById(elementId);
		String formRef = element instanceof UserTask task ? task.getCamundaFormRef()
				: element instanceof StartEvent start ? start.getCamundaFormRef() : null;
		if (formRef == null) {
			return Optional.empty();
		}
		String deploymentId = repository.getProcessDefinition(processDefinitionId).getDeploymentId();
		return Optional.of(forms.submittableKeys(deploymentId, formRef));
	}

}
