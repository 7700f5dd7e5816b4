package org.gxpbridge.modeling.web;

import org.gxpbridge.workflow.WorkflowSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The browser side of change control over models (CHK-24): the modeler for process
 * owners, and the diff of a draft against the deployed version for them and for QA, who
 * reviews from it. Both pages are shells for the bpmn.io editors; what they show and save
 * goes through {@code /api/models} and {@code /api/model-drafts}, which validate and
 * deploy nothing by themselves.
 */
@Controller
class ModelerPages {

	private final WorkflowSettings workflow;

	ModelerPages(WorkflowSettings workflow) {
		this.workflow = workflow;
	}

	/**
	 * The retention per process key goes to the page so the editor's lint can hold the
	 * history time to live against it, as the server does on submit.
	 */
	@GetMapping("/modeler")
	@PreAuthorize("hasRole('PROCESS_OWNER')")
	String modeler(Model model) {
		model.addAttribute("retentionDays", workflow.retentionDays());
		return "modeler";
	}

	@GetMapping("/modeler/drafts/{draftId}/diff")
	@PreAuthorize("hasAnyRole('PROCESS_OWNER','QUALITY_MANAGER')")
	String diff(@PathVariable String draftId, Model model) {
		model.addAttribute("draftId", draftId);
		return "model-diff";
	}

}
