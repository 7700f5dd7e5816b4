package org.gxpbridge.improvement.web;

import org.gxpbridge.improvement.ChangeRequests;
import org.gxpbridge.security.Access;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The change register for every role: the list with status, and one change with its
 * assessment, re-evaluated risks, artifact check, deviation and revised documents. The
 * work itself happens in the process's inbox tasks.
 */
@Controller
@Access.AnyRole
class ChangeRequestPages {

	private final ChangeRequests requests;

	ChangeRequestPages(ChangeRequests requests) {
		this.requests = requests;
	}

	@GetMapping("/improvement/changes")
	String list(Model model) {
		model.addAttribute("changes", requests.all());
		return "change-requests";
	}

	@GetMapping("/improvement/changes/{id}")
	String one(@PathVariable String id, Model model) {
		model.addAttribute("changes", requests.all());
		model.addAttribute("change", requests.get(id));
		return "change-requests";
	}

}
