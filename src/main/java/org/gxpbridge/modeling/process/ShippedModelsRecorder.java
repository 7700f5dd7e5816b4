package org.gxpbridge.modeling.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.gxpbridge.modeling.DeploymentHistory;
import org.gxpbridge.modeling.ModelChange;
import org.gxpbridge.modeling.ModelChanges;
import org.gxpbridge.modeling.ModelDeployment;
import org.gxpbridge.modeling.ModelDraft;
import org.gxpbridge.shared.Sha256;
import org.gxpbridge.workflow.ShippedModelsRelease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * The release rule (docs/operations.md, "Models after a runtime change"): a release's
 * shipped models are recorded in the deployment history as {@code RELEASE-<version>}; a
 * release whose shipped models would replace an approved runtime change deployed since
 * the previous release (its resource differs from the change's content) is refused, and
 * the server does not start, unless the change was carried into the release's sources or
 * the operator names it in {@code gxp.modeling.release-supersedes}.
 */
@Component("modelingShippedModelsRecorder")
class ShippedModelsRecorder implements ShippedModelsRelease {

	private static final Logger log = LoggerFactory.getLogger(ShippedModelsRecorder.class);

	private final DeploymentHistory history;

	private final ModelChanges changes;

	private final RepositoryService repository;

	private final ObjectProvider<BuildProperties> build;

	private final Set<String> acknowledged;

	ShippedModelsRecorder(DeploymentHistory history, ModelChanges changes, RepositoryService repository,
			ObjectProvider<BuildProperties> build,
			@Value("${gxp.modeling.release-supersedes:}") Set<String> acknowledged) {
		this.history = history;
		this.changes = changes;
		this.repository = repository;
		this.build = build;
		this.acknowledged = acknowledged;
	}

	@Override
	public void beforeRelease(Map<String, byte[]> shipped) {
		List<String> replaced = new ArrayList<>();
		for (ModelDeployment d : history.all()) {
			if (d.changeId().startsWith("RELEASE-")) {
				break; // newest first: only the changes since the previous release count
			}
			ModelChange c = changes.get(d.changeId());
			ModelDraft draft = changes.draft(c);
			byte[] now = shipped.get(draft.resourceName());
			if ((now == null || !Sha256.hex(now).equals(draft.checksum())) && !acknowledged.contains(c.changeId())) {
				replaced.add(c.changeId() + " (" + draft.resourceName() + ", deployment " + d.deploymentId() + ")");
			}
		}
		if (!replaced.isEmpty()) {
			throw new IllegalStateException("This release's models would replace approved model changes " + replaced
					+ " deployed since the previous release. Carry them into processes/, dmn/ or forms/ of the "
					+ "release (GET /api/models/{kind}/{key}), or name them in gxp.modeling.release-supersedes "
					+ "after a change-control decision (docs/operations.md); nothing was deployed");
		}
	}

	@Override
	public void released(String deploymentId, boolean newDeployment, Map<String, byte[]> shipped) {
		String version = build.getIfAvailable() == null ? "dev" : build.getIfAvailable().getVersion();
		var deployment = repository.createDeploymentQuery().deploymentId(deploymentId).singleResult();
		String note = acknowledged.isEmpty() ? null : "supersedes by decision " + acknowledged;
		history.releaseDeployed(deploymentId, deployment.getDeploymentTime().toInstant(), version, shipped, note);
		if (newDeployment) {
			log.info("Release {} recorded in the deployment history as deployment {}", version, deploymentId);
		}
	}

}
