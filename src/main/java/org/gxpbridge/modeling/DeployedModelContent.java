package org.gxpbridge.modeling;

/** The XML or JSON of a deployed model, as the modeler opens it. */
public record DeployedModelContent(ModelKind kind, String key, String resourceName, String deploymentId,
		String content) {

}
