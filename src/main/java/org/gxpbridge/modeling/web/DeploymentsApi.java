package org.gxpbridge.modeling.web;

import java.util.List;

import org.gxpbridge.modeling.DeploymentHistory;
import org.gxpbridge.modeling.ModelDeployment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The deployment history (public contract of issue 14: {@code GET /api/deployments}),
 * newest first, for inspectors, auditors, the quality unit and process owners.
 */
@RestController
@RequestMapping("/api/deployments")
@PreAuthorize(ModelingWeb.HISTORY_READERS)
class DeploymentsApi {

	private final DeploymentHistory history;

	DeploymentsApi(DeploymentHistory history) {
		this.history = history;
	}

	@GetMapping
	List<ModelDeployment> all() {
		return history.all();
	}

}
