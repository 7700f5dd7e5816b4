package org.gxpbridge.modeling;

/**
 * A model as currently deployed (the latest version of a process definition, decision
 * definition or form).
 */
public record DeployedModel(ModelKind kind, String key, String name, String resourceName, int version,
		String deploymentId) {

}
