package org.gxpbridge.workflow;

import java.util.Map;

/**
 * Told by the server's start-up deployment of the shipped models (processes/, dmn/,
 * forms/ of the build) before and after it deploys, so the module that keeps the
 * deployment history records the release and can refuse a release that would silently
 * replace an approved runtime change (CHK-24). Runtime changes are deployed under the
 * name {@value #CHANGE_DEPLOYMENT_NAME}; the shipped models under
 * {@value #RELEASE_DEPLOYMENT_NAME}, and only a change of the shipped models against the
 * previous release deploys them again.
 */
public interface ShippedModelsRelease {

	String RELEASE_DEPLOYMENT_NAME = "gxp-bridge-models";

	String CHANGE_DEPLOYMENT_NAME = "gxp-bridge-model-change";

	/**
	 * The shipped models differ from the previous release and are about to be deployed;
	 * throwing refuses the deployment and so the start.
	 */
	void beforeRelease(Map<String, byte[]> shipped);

	/**
	 * The deployment that now holds the shipped models ({@code newDeployment} false when
	 * they were unchanged and nothing was deployed).
	 */
	void released(String deploymentId, boolean newDeployment, Map<String, byte[]> shipped);

}
