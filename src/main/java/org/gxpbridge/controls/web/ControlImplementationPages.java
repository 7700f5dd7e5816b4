package org.gxpbridge.controls.web;

import org.gxpbridge.controls.ControlImplementations;
import org.gxpbridge.security.Access;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The control implementation register for every role: the list with status, and one
 * record with its requirements, evidence and verification. The work itself happens in the
 * process's inbox tasks.
 */
@Controller
@Access.AnyRole
class ControlImplementationPages {

	private final ControlImplementations implementations;

	ControlImplementationPages(ControlImplementations implementations) {
		this.implementations = implementations;
	}

	@GetMapping("/controls/implementations")
	String list(Model model) {
		model.addAttribute("controls", implementations.all());
		return "control-implementations";
	}

	@GetMapping("/controls/implementations/{id}")
	String one(@PathVariable String id, Model model) {
		model.addAttribute("controls", implementations.all());
		model.addAttribute("control", implementations.get(id));
		return "control-implementations";
	}

}
