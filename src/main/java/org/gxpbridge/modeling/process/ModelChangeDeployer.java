package org.gxpbridge.modeling.process;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.repository.Deployment;
import org.gxpbridge.modeling.DeploymentHistory;
import org.gxpbridge.modeling.ModelChange;
import org.gxpbridge.modeling.ModelChanges;
import org.gxpbridge.modeling.ModelDeployment;
import org.gxpbridge.modeling.ModelDraft;
import org.gxpbridge.modeling.ModelValidation;
import org.gxpbridge.modeling.internal.ModelValidator;
import org.gxpbridge.signature.SignatureView;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.workflow.ModelsDeployed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Deploys an approved change: only under a valid APPROVED signature that still covers the
 * change record, only a draft whose stored content matches its checksum and that
 * validates again now; the deployment holds the approved resource together with every
 * other current model (a form bound by deployment stays the one validated with its
 * process) and is recorded in the deployment history. Instances already running stay on
 * their version; new ones start the new one.
 */
@Component("modelChangeDeployer")
class ModelChangeDeployer {

	private final ModelChanges changes;

	private final DeploymentHistory history;

	private final ModelValidator validator;

	private final EngineModels models;

	private final Signatures signatures;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ModelChangeDeployer(ModelChanges changes, DeploymentHistory history, ModelValidator validator, EngineModels models,
			Signatures signatures, ApplicationEventPublisher events, Clock clock) {
		this.changes = changes;
		this.history = history;
		this.validator = validator;
		this.models = models;
		this.signatures = signatures;
		this.events = events;
		this.clock = clock;
	}

	ModelDeployment deploy(String changeId, String processInstanceId) {
		signatures.missingForRelease(processInstanceId, List.of("APPROVED")).ifPresent(reason -> {
			throw new IllegalStateException("Model change " + changeId + " is not deployed: " + reason);
		});
		ModelChange c = changes.get(changeId);
		ModelDraft d = changes.draft(c);
		if (!changes.intact(d)) {
			throw new IllegalStateException("Model change " + changeId + " is not deployed: the stored content of "
					+ d.draftId() + " v" + d.version() + " no longer has its checksum " + d.checksum());
		}
		ModelValidation v = validator.validate(d.kind(), d.key(), d.resourceName(), d.content());
		if (!v.valid()) {
			throw new IllegalStateException("Model change " + changeId + " is not deployed: " + v.summary());
		}
		SignatureView approval = signatures.forProcessInstance(processInstanceId)
			.stream()
			.filter(s -> "APPROVED".equals(s.meaning()) && Boolean.TRUE.equals(s.valid()))
			.reduce((first, second) -> second)
			.orElseThrow();
		Deployment current = models.current();
		Map<String, byte[]> resources = new TreeMap<>(current == null ? Map.of() : models.resources(current.getId()));
		resources.put(d.resourceName(), d.content().getBytes(StandardCharsets.UTF_8));
		Deployment deployment = models.deployChange(changeId, resources);
		ModelDeployment entry = history.changeDeployed(c, deployment.getId(), resources, v.summary(),
				approval.signerId(), approval.signatureId(),
				deployment.getDeploymentTime() == null ? clock.instant() : deployment.getDeploymentTime().toInstant());
		events.publishEvent(new ModelsDeployed(deployment.getId()));
		return entry;
	}

}
