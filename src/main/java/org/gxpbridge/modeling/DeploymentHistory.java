package org.gxpbridge.modeling;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.gxpbridge.modeling.internal.ModelChangeStore;
import org.gxpbridge.modeling.internal.ModelDraftStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every deployment of models (issue 14 item 5, EU Annex 11 §10, 11.10(k), CHK-24): a
 * released build's shipped models ({@code RELEASE-<version>}, validated by the build's
 * tests) and each approved change ({@code MC-n}) with its checksum, validation result,
 * who, when and the approving signature.
 */
@Service
public class DeploymentHistory {

	private final ModelChangeStore changes;

	private final ModelDraftStore drafts;

	private final ApplicationEventPublisher events;

	DeploymentHistory(ModelChangeStore changes, ModelDraftStore drafts, ApplicationEventPublisher events) {
		this.changes = changes;
		this.drafts = drafts;
		this.events = events;
	}

	/** Newest first. */
	public List<ModelDeployment> all() {
		return changes.deployments();
	}

	/**
	 * An approved change was deployed: the history entry, the change and draft DEPLOYED.
	 */
	@Transactional
	public ModelDeployment changeDeployed(ModelChange c, String deploymentId, Map<String, byte[]> resources,
			String validation, String approvedBy, String signatureId, Instant deployedAt) {
		ModelDraft d = drafts.version(c.draftId(), c.draftVersion()).orElseThrow();
		ModelDeployment entry = new ModelDeployment(deploymentId, c.changeId(), DeploymentChecksum.of(resources),
				validation, c.submittedBy(), deployedAt, approvedBy, signatureId, d.draftId(), d.resourceName());
		changes.record(entry);
		changes.deployed(c.changeId(), deploymentId);
		drafts.status(d.draftId(), ModelDraft.DEPLOYED);
		events.publishEvent(new ModelRecordChanged(
				ModelRecordChanged.DEPLOYMENT, deploymentId, c.processInstanceId(), "MODEL_CHANGE_DEPLOYED", null,
				"deployment", null, deploymentId, c.changeId() + ": " + d.resourceName() + " of " + d.draftId() + " v"
						+ d.version() + ", approved by " + approvedBy + " (signature " + signatureId + ")",
				entry.checksum()));
		return entry;
	}

	/**
	 * The deployment holding a release's shipped models, recorded once (a restart with
	 * unchanged models records nothing new).
	 */
	@Transactional
	public void releaseDeployed(String deploymentId, Instant deployedAt, String version, Map<String, byte[]> shipped,
			String note) {
		if (changes.deployment(deploymentId).isPresent()) {
			return;
		}
		ModelDeployment entry = new ModelDeployment(deploymentId, "RELEASE-" + version, DeploymentChecksum.of(shipped),
				"release " + version + ": validated by the build's tests (ProcessModelContractTests, process and "
						+ "decision tests)" + (note == null ? "" : "; " + note),
				"system", deployedAt, null, null, null, null);
		changes.record(entry);
		events.publishEvent(
				new ModelRecordChanged(ModelRecordChanged.DEPLOYMENT, deploymentId, null, "MODEL_RELEASE_RECORDED",
						null, "deployment", null, deploymentId, entry.validation(), entry.checksum()));
	}

}
