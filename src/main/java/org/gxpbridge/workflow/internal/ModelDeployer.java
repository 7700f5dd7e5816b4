package org.gxpbridge.workflow.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.gxpbridge.workflow.ModelsDeployed;
import org.gxpbridge.workflow.ShippedModelsRelease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/, dmn/ and forms/ as one deployment with stable resource names
 * ("processes/x.bpmn"), whatever the directory or jar the server runs from. A new version
 * is deployed only when a model changed, and all models travel together so a form bound
 * to its deployment is always the one the process was validated with.
 * <p>
 * Approved runtime changes (ModelChangeProcess) are deployed under another name
 * ({@link ShippedModelsRelease#CHANGE_DEPLOYMENT_NAME}), so the duplicate filter compares
 * the shipped models with the previous release only: a restart with unchanged shipped
 * models deploys nothing and the runtime change stays current; changed shipped models are
 * announced to {@link ShippedModelsRelease} first, which records the release and refuses
 * one that would silently replace an approved change (docs/operations.md).
 */
@Component
class ModelDeployer implements SmartInitializingSingleton {

	static final String DEPLOYMENT_NAME = ShippedModelsRelease.RELEASE_DEPLOYMENT_NAME;

	private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

	private static final String[] FOLDERS = { "processes", "dmn", "forms" };

	private static final String[] PATTERNS = { "classpath*:processes/*.bpmn", "classpath*:dmn/*.dmn",
			"classpath*:forms/*.form" };

	private final RepositoryService repository;

	private final EngineAuthorizations authorizations;

	private final ObjectProvider<ShippedModelsRelease> releases;

	ModelDeployer(RepositoryService repository, EngineAuthorizations authorizations,
			ObjectProvider<ShippedModelsRelease> releases) {
		this.repository = repository;
		this.authorizations = authorizations;
		this.releases = releases;
	}

	@Override
	public void afterSingletonsInstantiated() {
		DeploymentBuilder builder = repository.createDeployment()
			.name(DEPLOYMENT_NAME)
			.source("gxp-bridge")
			.enableDuplicateFiltering(false);
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		Map<String, byte[]> shipped = new LinkedHashMap<>();
		try {
			for (int i = 0; i < PATTERNS.length; i++) {
				Resource[] found = resolver.getResources(PATTERNS[i]);
				Arrays.sort(found, Comparator.comparing(Resource::getFilename));
				for (Resource resource : found) {
					try (InputStream in = resource.getInputStream()) {
						shipped.put(FOLDERS[i] + "/" + resource.getFilename(), in.readAllBytes());
					}
				}
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot read the models to deploy", e);
		}
		shipped.forEach((name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
		boolean changed = !sameAsLastRelease(shipped);
		if (changed) {
			releases.orderedStream().forEach(r -> r.beforeRelease(shipped));
		}
		// unchanged: nothing to deploy, and an approved runtime change deployed since
		// stays
		// the current version
		Deployment deployment = changed ? builder.deploy() : lastRelease();
		log.info("Models: {} resources, deployment {} ({}){}", shipped.size(), deployment.getId(),
				deployment.getDeploymentTime(), changed ? "" : ", unchanged since the last release");
		releases.orderedStream().forEach(r -> r.released(deployment.getId(), changed, shipped));
		// candidate starters may have changed with the models: CREATE_INSTANCE follows
		// them
		authorizations.provision();
	}

	/**
	 * An approved model change was deployed: start authorizations follow its starters.
	 */
	@EventListener
	void modelsDeployed(ModelsDeployed event) {
		authorizations.provision();
	}

	private Deployment lastRelease() {
		List<Deployment> last = repository.createDeploymentQuery()
			.deploymentName(DEPLOYMENT_NAME)
			.orderByDeploymentTime()
			.desc()
			.listPage(0, 1);
		return last.isEmpty() ? null : last.get(0);
	}

	private boolean sameAsLastRelease(Map<String, byte[]> shipped) {
		Deployment last = lastRelease();
		if (last == null) {
			return false;
		}
		List<String> names = repository.getDeploymentResourceNames(last.getId());
		if (names.size() != shipped.size()) {
			return false;
		}
		for (Map.Entry<String, byte[]> e : shipped.entrySet()) {
			if (!names.contains(e.getKey())) {
				return false;
			}
			try (InputStream in = repository.getResourceAsStream(last.getId(), e.getKey())) {
				if (!Arrays.equals(in.readAllBytes(), e.getValue())) {
					return false;
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot read the last release's " + e.getKey(), ex);
			}
		}
		return true;
	}

}
