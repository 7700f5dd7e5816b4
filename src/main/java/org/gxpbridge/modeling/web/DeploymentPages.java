package org.gxpbridge.modeling.web;

import org.gxpbridge.modeling.DeploymentHistory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The deployment history page for inspectors, auditors, the quality unit and process
 * owners: every version of the models with who, when, change id, checksum, validation
 * result and the approving signature.
 */
@Controller
@PreAuthorize(ModelingWeb.HISTORY_READERS)
class DeploymentPages {

	private final DeploymentHistory history;

	DeploymentPages(DeploymentHistory history) {
		this.history = history;
	}

	@GetMapping("/deployments")
	String list(Model model) {
		model.addAttribute("deployments", history.all());
		return "deployments";
	}

}
