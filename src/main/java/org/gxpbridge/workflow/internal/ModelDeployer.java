package org.gxpbridge.workflow.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/, dmn/ and forms/ as one deployment with stable resource names
 * ("processes/x.bpmn"), whatever the directory or jar the server runs from. A new version
 * is deployed only when a model changed, and all models travel together so a form bound
 * to its deployment is always the one the process was validated with.
 */
@Component
class ModelDeployer implements SmartInitializingSingleton {

	static final String DEPLOYMENT_NAME = "gxp-bridge-models";

	private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

	private static final String[] FOLDERS = { "processes", "dmn", "forms" };

	private static final String[] PATTERNS = { "classpath*:processes/*.bpmn", "classpath*:dmn/*.dmn",
			"classpath*:forms/*.form" };

	private final RepositoryService repository;

	private final EngineAuthorizations authorizations;

	ModelDeployer(RepositoryService repository, EngineAuthorizations authorizations) {
		this.repository = repository;
		this.authorizations = authorizations;
	}

	@Override
	public void afterSingletonsInstantiated() {
		DeploymentBuilder builder = repository.createDeployment()
			.name(DEPLOYMENT_NAME)
			.source("gxp-bridge")
			.enableDuplicateFiltering(false);
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		int count = 0;
		try {
			for (int i = 0; i < PATTERNS.length; i++) {
				Resource[] found = resolver.getResources(PATTERNS[i]);
				Arrays.sort(found, Comparator.comparing(Resource::getFilename));
				for (Resource resource : found) {
					try (InputStream in = resource.getInputStream()) {
						builder.addInputStream(FOLDERS[i] + "/" + resource.getFilename(), in);
						count++;
					}
				}
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot read the models to deploy", e);
		}
		Deployment deployment = builder.deploy();
		log.info("Models: {} resources, deployment {} ({})", count, deployment.getId(), deployment.getDeploymentTime());
		// candidate starters may have changed with the models: CREATE_INSTANCE follows
		// them
		authorizations.provision();
	}

}
